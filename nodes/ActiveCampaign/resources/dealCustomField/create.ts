import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { dealCustomFieldOptions } from './shared';

const DEAL_FIELD_TYPES = [
	{ name: 'Checkbox', value: 'checkbox' },
	{ name: 'Currency', value: 'currency' },
	{ name: 'Date', value: 'date' },
	{ name: 'Date and Time', value: 'datetime' },
	{ name: 'Dropdown', value: 'dropdown' },
	{ name: 'Hidden', value: 'hidden' },
	{ name: 'Multi-Select', value: 'multiselect' },
	{ name: 'Number', value: 'number' },
	{ name: 'Radio Buttons', value: 'radio' },
	{ name: 'Text', value: 'text' },
	{ name: 'Text Area', value: 'textarea' },
];

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a deal custom field',
		description: 'Define a new custom field for deals',
		routing: singleRoute({ method: 'POST', url: '/dealCustomFieldMeta' }, { postReceive: [unwrapRecord('dealCustomFieldMetum')] }),
	},
	fields: [
		{
			displayName: 'Label',
			name: 'fieldLabel',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. Close Date',
			description: 'The name of the field shown on deals',
			routing: { send: { type: 'body', property: 'dealCustomFieldMetum.fieldLabel' } },
		},
		{
			displayName: 'Type',
			name: 'fieldType',
			type: 'options',
			options: DEAL_FIELD_TYPES,
			default: 'text',
			description: 'The kind of value the field holds',
			routing: { send: { type: 'body', property: 'dealCustomFieldMetum.fieldType' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'dealCustomFieldAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: dealCustomFieldOptions,
		},
	],
	simplify: true,
};
