import type { OperationDefinition } from '../../shared/descriptions';
import { confirmDeleted } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { dealCustomFieldId } from './shared';

export const deleteDealCustomField: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a deal custom field',
		description: 'Delete a deal custom field and its values on every deal',
		routing: singleRoute(
			{ method: 'DELETE', url: '/dealCustomFieldMeta/{dealCustomField}' },
			{ preSend: [dealCustomFieldId], postReceive: [confirmDeleted('dealCustomField', 'dealCustomField')] },
		),
	},
};
