import { calls, rl, sent } from '../../helpers/requests';
import { errorText, threeItems } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('contactTag > add', () => {
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
		expect(ac.sandbox.store.table('contactTags').where((row) => row.contact === '1' && row.tag === '1')).toHaveLength(1);
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
		it('names an unknown tag name and an unknown email', async () => {
			const tag = await ac.run({ resource: 'contactTag', operation: 'add', contactTagContact: rl('1'), contactTagTag: rl('nope', 'name') });
			expect(errorText(tag)).toContain('nope');
			const email = await ac.run({ resource: 'contactTag', operation: 'add', contactTagContact: rl('no@body.test', 'email'), contactTagTag: rl('1') });
			expect(errorText(email)).toContain('no@body.test');
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
