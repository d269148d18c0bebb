import type { OperationDefinition } from '../../shared/descriptions';
import { confirmDeleted } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { contactId } from './shared';

export const deleteContact: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a contact',
		description: 'Delete a contact, by ID or email',
		routing: singleRoute(
			{ method: 'DELETE', url: '/contacts/{contact}' },
			{ preSend: [contactId], postReceive: [confirmDeleted('contact', 'contact')] },
		),
	},
};
