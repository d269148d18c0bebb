import type { OperationDefinition } from '../../shared/descriptions';
import { confirmDeleted } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { connectionId } from './shared';

export const deleteEcommerceConnection: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete an ecommerce connection',
		description: 'Delete a store connection with its customers and orders',
		routing: singleRoute({ method: 'DELETE', url: '/connections/{connection}' }, { preSend: [connectionId], postReceive: [confirmDeleted('connection', 'connection')] }),
	},
};
