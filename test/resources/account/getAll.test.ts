import { sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('account > getAll', () => {
	const ac = useSandbox();

	it('lists accounts with a search and counts', async () => {
		const result = await ac.run({ resource: 'account', operation: 'getAll', returnAll: true, accountFilters: { search: 'in', countDeals: true } });
		expect(sent(ac, 'GET', '/accounts')[0].query).toMatchObject({ search: 'in', count_deals: 'true' });
		expect(result.json.map((account) => account.name)).toEqual(['Analytical Engines Ltd', 'Compiler Works Inc']);
	});
});
