import type { OperationDefinition } from '../../shared/descriptions';
import { confirmDeleted } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { customerId } from './shared';

export const deleteEcommerceCustomer: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete an ecommerce customer',
		description: 'Delete a store customer',
		routing: singleRoute({ method: 'DELETE', url: '/ecomCustomers/{customer}' }, { preSend: [customerId], postReceive: [confirmDeleted('customer', 'customer')] }),
	},
};
