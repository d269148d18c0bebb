import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { calls, errorText, rl, sent, threeItems } from './helpers';

describe('account', () => {
	const ac = useSandbox();

	it('creates an account with its owner by username and a custom field by name', async () => {
		const result = await ac.run({
			resource: 'account',
			operation: 'create',
			accountName: 'Difference Engines',
			accountAdditionalFields: { accountUrl: 'https://difference.example.com', owner: rl('asmith', 'name') },
			accountCustomFields: { field: [{ field: 'Industry', value: 'Hardware' }] },
		});
		expect(result.error).toBeUndefined();
		expect(calls(ac)).toEqual(['GET /users', 'GET /accountCustomFieldMeta', 'POST /accounts']);
		expect(sent(ac, 'POST', '/accounts')[0].body).toEqual({
			account: {
				name: 'Difference Engines',
				accountUrl: 'https://difference.example.com',
				owner: '3',
				fields: [{ customFieldId: '1', fieldValue: 'Hardware' }],
			},
		});
		expect(result.json[0]).toMatchObject({ name: 'Difference Engines', owner: '3' });
		expect(result.json[0].links).toBeUndefined();
	});

	it('gets an account by name', async () => {
		const result = await ac.run({ resource: 'account', operation: 'get', account: rl('Bletchley Systems', 'name') });
		expect(calls(ac)).toEqual(['GET /accounts', 'GET /accounts/2']);
		expect(sent(ac, 'GET', '/accounts')[0].query).toMatchObject({ search: 'Bletchley Systems' });
		expect(result.json[0]).toMatchObject({ id: '2', name: 'Bletchley Systems' });
	});

	it('lists accounts with a search and counts', async () => {
		const result = await ac.run({ resource: 'account', operation: 'getAll', returnAll: true, accountFilters: { search: 'in', countDeals: true } });
		expect(sent(ac, 'GET', '/accounts')[0].query).toMatchObject({ search: 'in', count_deals: 'true' });
		expect(result.json.map((account) => account.name)).toEqual(['Analytical Engines Ltd', 'Compiler Works Inc']);
	});

	it('updates an account and sets a custom field', async () => {
		const result = await ac.run({
			resource: 'account',
			operation: 'update',
			account: rl('3'),
			accountUpdateFields: { accountName: 'Compiler Works LLC' },
			accountCustomFields: { field: [{ field: 'INDUSTRY', value: 'Services' }] },
		});
		expect(result.error).toBeUndefined();
		expect(sent(ac, 'PUT', '/accounts/3')[0].body).toEqual({
			account: { name: 'Compiler Works LLC', fields: [{ customFieldId: '1', fieldValue: 'Services' }] },
		});
		expect(result.json[0]).toMatchObject({ id: '3', name: 'Compiler Works LLC' });
	});

	it('deletes an account', async () => {
		const result = await ac.run({ resource: 'account', operation: 'delete', account: rl('Bletchley Systems', 'name') });
		expect(sent(ac, 'DELETE', '/accounts/2')).toHaveLength(1);
		expect(result.json).toEqual([{ deleted: true, account: '2' }]);
	});

	describe('bad input', () => {
		it('names an unknown name, an unknown ID, an unknown owner and a duplicate name', async () => {
			expect(errorText((await ac.run({ resource: 'account', operation: 'get', account: rl('Nope Inc', 'name') })).error)).toContain('Nope Inc');
			expect(errorText((await ac.run({ resource: 'account', operation: 'get', account: rl('404') })).error)).toContain('404');
			const owner = await ac.run({ resource: 'account', operation: 'create', accountName: 'X', accountAdditionalFields: { owner: rl('ghost', 'name') } });
			expect(errorText(owner.error)).toContain('ghost');
			const duplicate = await ac.run({ resource: 'account', operation: 'create', accountName: 'Bletchley Systems' });
			expect(errorText(duplicate.error)).toContain('field "name"');
		});

		it('with Continue On Fail, the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'account', operation: 'get', account: rl('={{ [1, 404, 3][$json.n - 1] }}') },
				{ input: threeItems, settings: continueOnFail },
			);
			expect(result.json.map((item) => item.id ?? item.error)).toEqual(['1', expect.stringContaining('404'), '3']);
		});
	});
});
