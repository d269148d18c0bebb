import { bodyOf, rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('ecommerceCustomer: a customer created, read, listed, updated and deleted', () => {
	const ac = useSandbox();

	it('create in a store by name, get with revenue amounts, getAll by store, update, delete', async () => {
		const created = await ac.run({
			resource: 'ecommerceCustomer',
			operation: 'create',
			ecommerceCustomerConnection: rl('Sandbox Shop', 'name'),
			ecommerceCustomerExternalId: 'cust-2',
			ecommerceCustomerEmail: 'grace.hopper@example.com',
			ecommerceCustomerAdditionalFields: { acceptsMarketing: true },
		});
		expect(bodyOf(ac, 'POST', '/ecomCustomers')).toEqual({
			ecomCustomer: { connectionid: '1', externalid: 'cust-2', email: 'grace.hopper@example.com', acceptsMarketing: '1' },
		});
		const id = String(created.json[0].id);
		const got = await ac.run({ resource: 'ecommerceCustomer', operation: 'get', customer: rl('1') });
		expect(got.json[0]).toMatchObject({ id: '1', totalRevenue: 9111, totalRevenueAmount: 91.11 });
		const listed = await ac.run({ resource: 'ecommerceCustomer', operation: 'getAll', returnAll: true, ecommerceCustomerFilters: { connection: rl('1') } });
		expect(sent(ac, 'GET', '/ecomCustomers')[0].query).toMatchObject({ 'filters[connectionid]': '1' });
		expect(listed.json.map((customer) => customer.id)).toEqual(['1', id]);
		const updated = await ac.run({ resource: 'ecommerceCustomer', operation: 'update', customer: rl(id), ecommerceCustomerUpdateFields: { email: 'grace@example.com' } });
		expect(bodyOf(ac, 'PUT', `/ecomCustomers/${id}`)).toEqual({ ecomCustomer: { email: 'grace@example.com' } });
		expect(updated.json[0]).toMatchObject({ email: 'grace@example.com' });
		expect((await ac.run({ resource: 'ecommerceCustomer', operation: 'delete', customer: rl(id) })).json).toEqual([{ deleted: true, customer: id }]);
	});
});
