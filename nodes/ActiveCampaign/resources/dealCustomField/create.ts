import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { DEAL_FIELD_TYPES, dealCustomFieldOptions } from './shared';

const show = showFor('dealCustomField', ['create']);

export const dealCustomFieldCreateFields: INodeProperties[] = [
	{
		displayName: 'Label',
		name: 'fieldLabel',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Close Date',
		description: 'The name of the field shown on deals',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'dealCustomFieldMetum.fieldLabel' } },
	},
	{
		displayName: 'Type',
		name: 'fieldType',
		type: 'options',
		options: DEAL_FIELD_TYPES,
		default: 'text',
		description: 'The kind of value the field holds',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'dealCustomFieldMetum.fieldType' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'dealCustomFieldAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: dealCustomFieldOptions,
	},
];
