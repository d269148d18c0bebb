import { sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('list > getAll', () => {
	const ac = useSandbox();

	it('lists lists by name, sorted', async () => {
		const result = await ac.run({ resource: 'list', operation: 'getAll', returnAll: true, listFilters: { name: 'e', sortByName: 'DESC' } });
		expect(sent(ac, 'GET', '/lists')[0].query).toMatchObject({ 'filters[name][contains]': 'e', 'orders[name]': 'DESC' });
		expect(result.json.map((list) => list.name)).toEqual(['Newsletter', 'Master Contact List', 'Customers']);
	});
});
