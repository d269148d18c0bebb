import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { dealCustomFieldOptions } from './shared';

export const dealCustomFieldUpdateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'dealCustomFieldUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('dealCustomField', ['update']),
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
];
