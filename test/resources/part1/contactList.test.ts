import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { calls, errorText, rl, sent, threeItems } from './helpers';

describe('contactList', () => {
	const ac = useSandbox();

	it('subscribes a contact to a list by name and returns the real membership', async () => {
		const result = await ac.run({
			resource: 'contactList',
			operation: 'subscribe',
			contactListContact: rl('grace.hopper@example.net', 'email'),
			contactListList: rl('Customers', 'name'),
		});
		expect(result.error).toBeUndefined();
		expect(calls(ac)).toEqual(['GET /contacts', 'GET /lists', 'POST /contactLists']);
		expect(sent(ac, 'POST', '/contactLists')[0].body).toEqual({ contactList: { contact: '2', list: '3', status: 1 } });
		expect(result.json).toHaveLength(1);
		expect(result.json[0]).toMatchObject({ contact: '2', list: '3', status: 1, id: expect.any(String) });
		expect(result.json[0].success).toBeUndefined();
		expect(result.json[0].links).toBeUndefined();
	});

	it('unsubscribes a contact', async () => {
		const result = await ac.run({ resource: 'contactList', operation: 'unsubscribe', contactListContact: rl('1'), contactListList: rl('1', 'list') });
		expect(sent(ac, 'POST', '/contactLists')[0].body).toEqual({ contactList: { contact: '1', list: '1', status: 2 } });
		expect(result.json[0]).toMatchObject({ contact: '1', list: '1', status: 2 });
	});

	it("lists a contact's memberships, optionally by status", async () => {
		const all = await ac.run({ resource: 'contactList', operation: 'getAll', contactListContact: rl('10'), returnAll: true });
		expect(calls(ac)).toEqual(['GET /contacts/10/contactLists']);
		expect(all.json.map((membership) => [membership.list, membership.status])).toEqual([
			['1', '2'],
			['2', '1'],
		].filter(([list]) => all.json.some((membership) => membership.list === list)));
		const unsubscribed = await ac.run({
			resource: 'contactList',
			operation: 'getAll',
			contactListContact: rl('10'),
			returnAll: true,
			contactListFilters: { status: '2' },
		});
		expect(unsubscribed.json).toEqual([expect.objectContaining({ list: '1', status: '2' })]);
	});

	describe('bad input', () => {
		it('names an unknown list name, an unknown contact email and an unknown list ID', async () => {
			const list = await ac.run({ resource: 'contactList', operation: 'subscribe', contactListContact: rl('1'), contactListList: rl('Nope', 'name') });
			expect(errorText(list.error)).toContain('Nope');
			const email = await ac.run({ resource: 'contactList', operation: 'subscribe', contactListContact: rl('who@nowhere.test', 'email'), contactListList: rl('1') });
			expect(errorText(email.error)).toContain('who@nowhere.test');
			const id = await ac.run({ resource: 'contactList', operation: 'subscribe', contactListContact: rl('1'), contactListList: rl('42') });
			expect(errorText(id.error)).toContain('42');
		});

		it('with Continue On Fail, the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'contactList', operation: 'subscribe', contactListContact: rl('={{ [1, 99999, 2][$json.n - 1] }}'), contactListList: rl('3') },
				{ input: threeItems, settings: continueOnFail },
			);
			expect(result.json.map((item) => item.contact ?? item.error)).toEqual(['1', expect.stringContaining('99999'), '2']);
		});
	});
});
