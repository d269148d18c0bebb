import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('ecommerceOrder > getAll', () => {
	const ac = useSandbox();

	it('getAll by customer and state', async () => {
		const listed = await ac.run({ resource: 'ecommerceOrder', operation: 'getAll', returnAll: true, ecommerceOrderFilters: { customer: rl('1'), state: 1 } });
		expect(sent(ac, 'GET', '/ecomOrders')[0].query).toMatchObject({ 'filters[customerid]': '1', 'filters[state]': '1' });
		expect(listed.json.map((entry) => entry.id)).toEqual(['1']);
	});
});
