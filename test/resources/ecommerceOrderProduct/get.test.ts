import { rl, sent } from '../../helpers/requests';
import { items } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('ecommerceOrderProduct > get', () => {
	const ac = useSandbox();

	it('get, with the price also as an amount', async () => {
		const got = await ac.run({ resource: 'ecommerceOrderProduct', operation: 'get', orderProduct: rl('1') });
		expect(sent(ac, 'GET', '/ecomOrderProducts/1')).toHaveLength(1);
		expect(got.json[0]).toMatchObject({ id: '1', name: 'Pogo Stick', price: 4900, priceAmount: 49 });
	});

	describe('bad input', () => {
		it('unknown product with Continue On Fail', async () => {
			const result = await ac.run(
				{ resource: 'ecommerceOrderProduct', operation: 'get', orderProduct: rl('={{ $json.id }}') },
				{ input: items('2', '99'), settings: continueOnFail },
			);
			expect(result.json[0]).toMatchObject({ id: '2', name: 'Skateboard' });
			expect(String(result.json[1].error)).toContain('e-commerce order product 99 was not found');
		});
	});
});
