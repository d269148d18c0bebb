import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { customerId, customerRevenue } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get an ecommerce customer',
		description: 'Get a store customer with revenue totals (totalRevenueAmount in currency units)',
		routing: singleRoute({ method: 'GET', url: '/ecomCustomers/{customer}' }, { preSend: [customerId], postReceive: [unwrapRecord('ecomCustomer'), customerRevenue] }),
	},
	simplify: true,
};
