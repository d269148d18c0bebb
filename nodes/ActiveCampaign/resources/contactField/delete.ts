import type { OperationDefinition } from '../../shared/descriptions';
import { confirmDeleted } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { contactFieldId } from './shared';

export const deleteContactField: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a contact custom field',
		description: 'Delete a contact custom field and the values contacts have in it',
		routing: singleRoute(
			{ method: 'DELETE', url: '/fields/{field}' },
			{ preSend: [contactFieldId], postReceive: [confirmDeleted('field', 'field')] },
		),
	},
};
