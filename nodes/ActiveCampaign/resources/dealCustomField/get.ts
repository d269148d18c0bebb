import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { dealCustomFieldId } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a deal custom field',
		description: 'Get a deal custom field by label or ID',
		routing: singleRoute(
			{ method: 'GET', url: '/dealCustomFieldMeta/{dealCustomField}' },
			{ preSend: [dealCustomFieldId], postReceive: [unwrapRecord('dealCustomFieldMetum')] },
		),
	},
	simplify: true,
};
