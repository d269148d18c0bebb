import { bodyOf, rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('ecommerceOrder > update', () => {
	const ac = useSandbox();

	it('update: amounts in cents', async () => {
		const updated = await ac.run({ resource: 'ecommerceOrder', operation: 'update', order: rl('1'), ecommerceOrderUpdateFields: { totalPrice: 100, shippingMethod: 'DHL' } });
		expect(bodyOf(ac, 'PUT', '/ecomOrders/1')).toEqual({ ecomOrder: { shippingMethod: 'DHL', totalPrice: 10000 } });
		expect(updated.json[0]).toMatchObject({ totalPriceAmount: 100 });
	});
});
