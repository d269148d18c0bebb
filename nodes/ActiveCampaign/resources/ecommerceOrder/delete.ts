import type { OperationDefinition } from '../../shared/descriptions';
import { confirmDeleted } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { orderId } from './shared';

export const deleteEcommerceOrder: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete an ecommerce order',
		description: 'Delete a store order',
		routing: singleRoute({ method: 'DELETE', url: '/ecomOrders/{order}' }, { preSend: [orderId], postReceive: [confirmDeleted('order', 'order')] }),
	},
};
