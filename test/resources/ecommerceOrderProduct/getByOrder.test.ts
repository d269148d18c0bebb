import { rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('ecommerceOrderProduct > getByOrder', () => {
	const ac = useSandbox();

	it('getByOrder, all and with a Limit', async () => {
		const byOrder = await ac.run({ resource: 'ecommerceOrderProduct', operation: 'getByOrder', ecommerceOrderProductOrder: rl('1'), returnAll: true });
		expect(sent(ac, 'GET', '/ecomOrders/1/orderProducts')).toHaveLength(1);
		expect(byOrder.json.map((product) => product.name)).toEqual(['Pogo Stick', 'Skateboard']);
		const limited = await ac.run({ resource: 'ecommerceOrderProduct', operation: 'getByOrder', ecommerceOrderProductOrder: rl('1'), returnAll: false, limit: 1 });
		expect(limited.json).toHaveLength(1);
	});

	describe('bad input', () => {
		it('unknown order', async () => {
			expect(errorText(await ac.run({ resource: 'ecommerceOrderProduct', operation: 'getByOrder', ecommerceOrderProductOrder: rl('88'), returnAll: true }))).toMatch(/order 88/);
		});
	});
});
