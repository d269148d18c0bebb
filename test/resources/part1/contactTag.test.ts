import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { calls, errorText, rl, sent, threeItems } from './helpers';

describe('contactTag', () => {
	const ac = useSandbox();

	it('adds a tag by name', async () => {
		const result = await ac.run({ resource: 'contactTag', operation: 'add', contactTagContact: rl('1'), contactTagTag: rl('VIP', 'name') });
		expect(result.error).toBeUndefined();
		expect(calls(ac)).toEqual(['GET /tags', 'POST /contactTags']);
		expect(sent(ac, 'POST', '/contactTags')[0].body).toEqual({ contactTag: { contact: '1', tag: '3' } });
		expect(result.json).toEqual([expect.objectContaining({ contact: '1', tag: '3', alreadyTagged: false, tagCreated: false })]);
		expect(result.json[0].links).toBeUndefined();
	});

	it('does not duplicate a tag the contact already has', async () => {
		const result = await ac.run({ resource: 'contactTag', operation: 'add', contactTagContact: rl('1'), contactTagTag: rl('1') });
		expect(result.error).toBeUndefined();
		expect(sent(ac, 'POST', '/contactTags').map((request) => request.status)).toEqual([200]);
		expect(result.json).toEqual([expect.objectContaining({ contact: '1', tag: '1', alreadyTagged: true })]);
		expect(ac.sandbox.store.t('contactTags').where((row) => row.contact === '1' && row.tag === '1')).toHaveLength(1);
	});

	it('creates a missing tag when asked', async () => {
		const result = await ac.run({
			resource: 'contactTag',
			operation: 'add',
			contactTagContact: rl('ada.lovelace@example.org', 'email'),
			contactTagTag: rl('brand-new', 'name'),
			createTag: true,
		});
		expect(result.error).toBeUndefined();
		expect(sent(ac, 'POST', '/tags')[0].body).toEqual({ tag: { tag: 'brand-new', tagType: 'contact' } });
		expect(result.json[0]).toMatchObject({ contact: '1', alreadyTagged: false, tagCreated: true });
	});

	it('removes a tag through its association, and says "not tagged" when absent', async () => {
		const removed = await ac.run({ resource: 'contactTag', operation: 'remove', contactTagContact: rl('1'), contactTagTag: rl('customer', 'name') });
		expect(removed.error).toBeUndefined();
		const deletes = ac.sandbox.requests.filter((request) => request.method === 'DELETE');
		expect(deletes.map((request) => request.path)).toEqual([expect.stringMatching(/^\/api\/3\/contactTags\/\d+$/)]);
		expect(removed.json).toEqual([expect.objectContaining({ removed: true, contact: '1', tag: '1' })]);

		ac.clearRequests();
		const again = await ac.run({ resource: 'contactTag', operation: 'remove', contactTagContact: rl('1'), contactTagTag: rl('1') });
		expect(again.error).toBeUndefined();
		expect(ac.sandbox.requests.filter((request) => request.method === 'DELETE')).toHaveLength(0);
		expect(again.json).toEqual([expect.objectContaining({ removed: false, notTagged: true })]);
	});

	it("lists a contact's tags", async () => {
		const result = await ac.run({ resource: 'contactTag', operation: 'getAll', contactTagContact: rl('4'), returnAll: true });
		expect(calls(ac)).toEqual(['GET /contacts/4/contactTags']);
		expect(result.json.map((association) => association.tag).sort()).toEqual(['3', '4']);
		const limited = await ac.run({ resource: 'contactTag', operation: 'getAll', contactTagContact: rl('4'), limit: 1 });
		expect(limited.json).toHaveLength(1);
	});

	it('looks a tag name up, or creates it, once for all items of a run', async () => {
		const input = Array.from({ length: 6 }, (_, index) => ({ json: { id: String(index + 1) } }));
		const result = await ac.run(
			{ resource: 'contactTag', operation: 'add', contactTagContact: rl('={{ $json.id }}'), contactTagTag: rl('shared-new-tag', 'name'), createTag: true },
			{ input },
		);
		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(6);
		expect(sent(ac, 'POST', '/tags')).toHaveLength(1);
		expect(ac.sandbox.requests.filter((request) => request.path === '/api/3/tags' && request.method === 'GET')).toHaveLength(1);
		expect(new Set(result.json.map((item) => item.tag)).size).toBe(1);
	});

	describe('bad input', () => {
		it('names an unknown tag name, an unknown email and an unknown contact ID', async () => {
			const tag = await ac.run({ resource: 'contactTag', operation: 'add', contactTagContact: rl('1'), contactTagTag: rl('nope', 'name') });
			expect(errorText(tag.error)).toContain('nope');
			const email = await ac.run({ resource: 'contactTag', operation: 'add', contactTagContact: rl('no@body.test', 'email'), contactTagTag: rl('1') });
			expect(errorText(email.error)).toContain('no@body.test');
			const id = await ac.run({ resource: 'contactTag', operation: 'getAll', contactTagContact: rl('99999'), returnAll: true });
			expect(errorText(id.error)).toContain('99999');
		});

		it('with Continue On Fail, the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'contactTag', operation: 'add', contactTagContact: rl('={{ [2, 99999, 3][$json.n - 1] }}'), contactTagTag: rl('vip', 'name') },
				{ input: threeItems, settings: continueOnFail },
			);
			expect(result.json.map((item) => item.contact ?? item.error)).toEqual(['2', expect.stringContaining('99999'), '3']);
		});
	});
});
