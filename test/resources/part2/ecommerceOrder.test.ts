import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { bodyOf, errorText, items, rl, sent } from './helpers';

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

describe('ecommerceOrder', () => {
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

	it('get, getAll by customer and state, update, delete', async () => {
		expect((await ac.run({ resource: 'ecommerceOrder', operation: 'get', order: rl('1') })).json[0]).toMatchObject({ id: '1', totalPrice: 9111, totalPriceAmount: 91.11 });
		const listed = await ac.run({ resource: 'ecommerceOrder', operation: 'getAll', returnAll: true, ecommerceOrderFilters: { customer: rl('1'), state: 1 } });
		expect(sent(ac, 'GET', '/ecomOrders')[0].query).toMatchObject({ 'filters[customerid]': '1', 'filters[state]': '1' });
		expect(listed.json.map((entry) => entry.id)).toEqual(['1']);
		const updated = await ac.run({ resource: 'ecommerceOrder', operation: 'update', order: rl('1'), ecommerceOrderUpdateFields: { totalPrice: 100, shippingMethod: 'DHL' } });
		expect(bodyOf(ac, 'PUT', '/ecomOrders/1')).toEqual({ ecomOrder: { shippingMethod: 'DHL', totalPrice: 10000 } });
		expect(updated.json[0]).toMatchObject({ totalPriceAmount: 100 });
		expect((await ac.run({ resource: 'ecommerceOrder', operation: 'delete', order: rl('1') })).json).toEqual([{ deleted: true, order: '1' }]);
	});

	it('bad input: invalid email, a product without a name, unknown ID with Continue On Fail', async () => {
		expect(errorText(await ac.run({ ...order, ecommerceOrderEmail: 'ada@' }))).toContain('"ada@" in the field "Email" is not a valid email address');
		expect(errorText(await ac.run({ ...order, orderProducts: { product: [{ name: '', externalid: 'X', price: 1, quantity: 1 }] } }))).toContain(
			'Product 1 has no name',
		);
		expect(sent(ac, 'POST', '/ecomOrders')).toHaveLength(0);
		const result = await ac.run(
			{ resource: 'ecommerceOrder', operation: 'get', order: rl('={{ $json.id }}') },
			{ input: items('1', '31'), settings: continueOnFail },
		);
		expect(result.json[0]).toMatchObject({ id: '1' });
		expect(String(result.json[1].error)).toContain('e-commerce order 31 was not found');
	});
});
