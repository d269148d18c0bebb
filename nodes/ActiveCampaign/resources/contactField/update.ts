import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { fieldOptionsProperty, fieldSettingOptions, showOnListsProperty } from './shared';

const show = showFor('contactField', ['update']);

export const contactFieldUpdateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'contactFieldUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: [
			...fieldSettingOptions,
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				description: 'A new name for the field',
				routing: { send: { type: 'body', property: 'field.title' } },
			},
		],
	},
	{
		...fieldOptionsProperty('contactFieldUpdateFieldOptions', 'Add Options', 'Choices to add to a dropdown, radio, checkbox or list box field'),
		displayOptions: show,
	},
	{
		...showOnListsProperty,
		name: 'contactFieldUpdateShowOnLists',
		description:
			'Lists to also show the field on; leave empty to keep its lists as they are. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: show,
	},
];
