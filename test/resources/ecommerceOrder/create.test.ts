import { bodyOf, rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

const order = {
	resource: 'ecommerceOrder',
	operation: 'create',
	ecommerceOrderConnection: rl('Sandbox Shop', 'name'),
	ecommerceOrderCustomer: rl('1'),
	ecommerceOrderExternalId: 'order-2001',
	ecommerceOrderEmail: 'ada.lovelace@example.org',
	totalPrice: 79,
	orderCurrency: 'EUR',
	externalCreatedDate: '2026-06-01T12:00:00Z',
	source: 1,
	orderProducts: { product: [{ name: 'Pogo Stick', externalid: 'POGO-12', price: 49, quantity: 1, sku: 'POGO-12' }, { name: 'Ball', externalid: 'BALL-1', price: 15, quantity: 2 }] },
	ecommerceOrderAdditionalFields: { shippingAmount: 4.5, orderNumber: '2001' },
};

describe('ecommerceOrder > create', () => {
	const ac = useSandbox();

	it('create: amounts in cents, products, store by name', async () => {
		const result = await ac.run(order);
		expect(result.error).toBeUndefined();
		expect(bodyOf(ac, 'POST', '/ecomOrders')).toEqual({
			ecomOrder: {
				externalid: 'order-2001',
				totalPrice: 7900,
				currency: 'EUR',
				externalCreatedDate: '2026-06-01T12:00:00Z',
				source: 1,
				shippingAmount: 450,
				orderNumber: '2001',
				connectionid: '1',
				customerid: '1',
				email: 'ada.lovelace@example.org',
				orderProducts: [
					{ name: 'Pogo Stick', externalid: 'POGO-12', price: 4900, quantity: 1, sku: 'POGO-12' },
					{ name: 'Ball', externalid: 'BALL-1', price: 1500, quantity: 2 },
				],
			},
		});
		expect(result.json[0]).toMatchObject({ externalid: 'order-2001', totalPriceAmount: 79, shippingAmountAmount: 4.5 });
	});

	describe('bad input', () => {
		it('invalid email, a product without a name', async () => {
			expect(errorText(await ac.run({ ...order, ecommerceOrderEmail: 'ada@' }))).toContain('"ada@" in the field "Email" is not a valid email address');
			expect(errorText(await ac.run({ ...order, orderProducts: { product: [{ name: '', externalid: 'X', price: 1, quantity: 1 }] } }))).toContain(
				'Product 1 has no name',
			);
			expect(sent(ac, 'POST', '/ecomOrders')).toHaveLength(0);
		});
	});
});
