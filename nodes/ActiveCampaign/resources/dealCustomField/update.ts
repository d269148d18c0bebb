import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { dealCustomFieldId, dealCustomFieldOptions } from './shared';

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a deal custom field',
		description: 'Rename a deal custom field or change its options',
		routing: singleRoute(
			{ method: 'PUT', url: '/dealCustomFieldMeta/{dealCustomField}' },
			{ preSend: [dealCustomFieldId], postReceive: [unwrapRecord('dealCustomFieldMetum')] },
		),
	},
	fields: [
		{
			displayName: 'Update Fields',
			name: 'dealCustomFieldUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				...dealCustomFieldOptions.slice(0, 3),
				{
					displayName: 'Label',
					name: 'fieldLabel',
					type: 'string',
					default: '',
					routing: { send: { type: 'body', property: 'dealCustomFieldMetum.fieldLabel' } },
				},
				...dealCustomFieldOptions.slice(3),
			],
		},
	],
	simplify: true,
};
