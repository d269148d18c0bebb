import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { membership, withStatus } from './shared';

export const unsubscribe: OperationDefinition = {
	option: {
		name: 'Unsubscribe',
		value: 'unsubscribe',
		action: 'Unsubscribe a contact from a list',
		description: 'Unsubscribe a contact from a list; returns the membership',
		routing: singleRoute(
			{ method: 'POST', url: '/contactLists' },
			{ preSend: [membership, withStatus(2)], postReceive: [unwrapRecord('contactList')] },
		),
	},
	simplify: true,
};
