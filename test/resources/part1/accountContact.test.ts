import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { calls, errorText, rl, sent, threeItems } from './helpers';

describe('accountContact', () => {
	const ac = useSandbox();

	it('adds a contact to an account by name with a job title', async () => {
		const result = await ac.run({
			resource: 'accountContact',
			operation: 'add',
			accountContactAccount: rl('Bletchley Systems', 'name'),
			accountContactContact: rl('ada.lovelace@example.org', 'email'),
			jobTitle: 'Analyst',
		});
		expect(result.error).toBeUndefined();
		expect(sent(ac, 'POST', '/accountContacts')[0].body).toEqual({ accountContact: { account: '2', contact: '1', jobTitle: 'Analyst' } });
		expect(result.json[0]).toMatchObject({ account: '2', contact: '1', jobTitle: 'Analyst' });
		expect(result.json[0].links).toBeUndefined();
	});

	it("updates the job title of a contact's association, found by the contact", async () => {
		const result = await ac.run({ resource: 'accountContact', operation: 'update', accountContactContact: rl('8'), jobTitle: 'CTO' });
		expect(result.error).toBeUndefined();
		expect(calls(ac)).toEqual(['GET /accountContacts', 'PUT /accountContacts/2']);
		expect(sent(ac, 'GET', '/accountContacts')[0].query).toMatchObject({ 'filters[contact]': '8' });
		expect(sent(ac, 'PUT', '/accountContacts/2')[0].body).toEqual({ accountContact: { jobTitle: 'CTO' } });
		expect(result.json[0]).toMatchObject({ id: '2', contact: '8', jobTitle: 'CTO' });
	});

	it('removes a contact from its account, and says so when it has none', async () => {
		const removed = await ac.run({ resource: 'accountContact', operation: 'remove', accountContactContact: rl('4') });
		expect(sent(ac, 'DELETE', '/accountContacts/1')).toHaveLength(1);
		expect(removed.json).toEqual([{ removed: true, contact: '4', account: '1', accountContact: '1' }]);
		ac.clearRequests();
		const none = await ac.run({ resource: 'accountContact', operation: 'remove', accountContactContact: rl('4') });
		expect(none.error).toBeUndefined();
		expect(ac.sandbox.requests.filter((request) => request.method === 'DELETE')).toHaveLength(0);
		expect(none.json[0]).toMatchObject({ removed: false, contact: '4' });
	});

	it('lists the contacts of an account', async () => {
		const result = await ac.run({
			resource: 'accountContact',
			operation: 'getAll',
			returnAll: true,
			accountContactFilters: { account: rl('Compiler Works Inc', 'name') },
		});
		expect(sent(ac, 'GET', '/accountContacts')[0].query).toMatchObject({ 'filters[account]': '3', limit: '100' });
		expect(result.json).toEqual([expect.objectContaining({ account: '3', contact: '12' })]);
	});

	describe('bad input', () => {
		it('names an unknown account, a contact without account and an unknown email', async () => {
			const account = await ac.run({ resource: 'accountContact', operation: 'add', accountContactAccount: rl('Nope', 'name'), accountContactContact: rl('1') });
			expect(errorText(account.error)).toContain('Nope');
			const unlinked = await ac.run({ resource: 'accountContact', operation: 'update', accountContactContact: rl('1'), jobTitle: 'X' });
			expect(errorText(unlinked.error)).toContain('contact 1 is not linked');
			const email = await ac.run({ resource: 'accountContact', operation: 'remove', accountContactContact: rl('a@b.test', 'email') });
			expect(errorText(email.error)).toContain('a@b.test');
		});

		it('with Continue On Fail, the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'accountContact', operation: 'add', accountContactAccount: rl('2'), accountContactContact: rl('={{ [1, 99999, 2][$json.n - 1] }}') },
				{ input: threeItems, settings: continueOnFail },
			);
			expect(result.json.map((item) => item.contact ?? item.error)).toEqual(['1', expect.stringContaining('contact'), '2']);
		});
	});
});
