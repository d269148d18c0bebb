import { calls, rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('contactList > getAll', () => {
	const ac = useSandbox();

	it("lists a contact's memberships, optionally by status", async () => {
		const all = await ac.run({ resource: 'contactList', operation: 'getAll', contactListContact: rl('10'), returnAll: true });
		expect(calls(ac)).toEqual(['GET /contacts/10/contactLists']);
		expect(all.json.map((membership) => [membership.list, membership.status])).toEqual([
			['1', 2],
			['2', 1],
		].filter(([list]) => all.json.some((membership) => membership.list === list)));
		const unsubscribed = await ac.run({
			resource: 'contactList',
			operation: 'getAll',
			contactListContact: rl('10'),
			returnAll: true,
			contactListFilters: { status: '2' },
		});
		expect(unsubscribed.json).toEqual([expect.objectContaining({ list: '1', status: 2, statusLabel: 'unsubscribed' })]);
	});
});
