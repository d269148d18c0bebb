import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { membership, withStatus } from './shared';

export const subscribe: OperationDefinition = {
	option: {
		name: 'Subscribe',
		value: 'subscribe',
		action: 'Subscribe a contact to a list',
		description: 'Subscribe a contact to a list (also re-subscribes a contact who unsubscribed); returns the membership',
		routing: singleRoute(
			{ method: 'POST', url: '/contactLists' },
			{ preSend: [membership, withStatus(1)], postReceive: [unwrapRecord('contactList')] },
		),
	},
	simplify: true,
};
