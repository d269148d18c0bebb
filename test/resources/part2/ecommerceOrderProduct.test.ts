import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { errorText, items, rl, sent } from './helpers';

describe('ecommerceOrderProduct', () => {
	const ac = useSandbox();

	it('get, getAll, getByOrder (prices also as amounts)', async () => {
		const got = await ac.run({ resource: 'ecommerceOrderProduct', operation: 'get', orderProduct: rl('1') });
		expect(sent(ac, 'GET', '/ecomOrderProducts/1')).toHaveLength(1);
		expect(got.json[0]).toMatchObject({ id: '1', name: 'Pogo Stick', price: 4900, priceAmount: 49 });
		const all = await ac.run({ resource: 'ecommerceOrderProduct', operation: 'getAll', returnAll: false, limit: 1 });
		expect(all.json).toHaveLength(1);
		const byOrder = await ac.run({ resource: 'ecommerceOrderProduct', operation: 'getByOrder', ecommerceOrderProductOrder: rl('1'), returnAll: true });
		expect(sent(ac, 'GET', '/ecomOrders/1/orderProducts')).toHaveLength(1);
		expect(byOrder.json.map((product) => product.name)).toEqual(['Pogo Stick', 'Skateboard']);
		const limited = await ac.run({ resource: 'ecommerceOrderProduct', operation: 'getByOrder', ecommerceOrderProductOrder: rl('1'), returnAll: false, limit: 1 });
		expect(limited.json).toHaveLength(1);
	});

	it('bad input: unknown order, unknown product with Continue On Fail', async () => {
		expect(errorText(await ac.run({ resource: 'ecommerceOrderProduct', operation: 'getByOrder', ecommerceOrderProductOrder: rl('88'), returnAll: true }))).toMatch(/order 88/);
		const result = await ac.run(
			{ resource: 'ecommerceOrderProduct', operation: 'get', orderProduct: rl('={{ $json.id }}') },
			{ input: items('2', '99'), settings: continueOnFail },
		);
		expect(result.json[0]).toMatchObject({ id: '2', name: 'Skateboard' });
		expect(String(result.json[1].error)).toContain('e-commerce order product 99 was not found');
	});
});
