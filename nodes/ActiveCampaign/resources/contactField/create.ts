import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { fieldOptionsProperty, fieldSettingOptions, OPTION_FIELD_TYPES, showOnListsProperty } from './shared';

const show = showFor('contactField', ['create']);

export const contactFieldCreateFields: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'contactFieldTitle',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Favorite Color',
		description: 'The name of the field, unique among contact fields',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'field.title' } },
	},
	{
		displayName: 'Type',
		name: 'fieldType',
		type: 'options',
		options: [
			{ name: 'Checkbox (Multi-Select)', value: 'checkbox' },
			{ name: 'Date', value: 'date' },
			{ name: 'Date and Time', value: 'datetime' },
			{ name: 'Dropdown', value: 'dropdown' },
			{ name: 'Hidden', value: 'hidden' },
			{ name: 'List Box (Multi-Select)', value: 'listbox' },
			{ name: 'Number', value: 'number' },
			{ name: 'Radio Buttons', value: 'radio' },
			{ name: 'Text', value: 'text' },
			{ name: 'Text Area', value: 'textarea' },
		],
		default: 'text',
		required: true,
		description: 'The kind of value the field holds',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'field.type' } },
	},
	{
		...fieldOptionsProperty(
			'contactFieldFieldOptions',
			'Options',
			'The choices of a dropdown, radio, checkbox or list box field',
		),
		displayOptions: { show: { resource: ['contactField'], operation: ['create'], fieldType: OPTION_FIELD_TYPES } },
	},
	{
		...showOnListsProperty,
		name: 'contactFieldShowOnLists',
		description:
			'The lists whose contacts have this field; leave empty to show it on all lists. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: show,
	},
	{
		displayName: 'Additional Fields',
		name: 'contactFieldAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: fieldSettingOptions,
	},
];
