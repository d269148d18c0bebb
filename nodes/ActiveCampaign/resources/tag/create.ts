import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

const show = showFor('tag', ['create']);

export const tagCreateFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'tagName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Newsletter',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'tag.tag' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'tagAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: [
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'tag.description' } },
			},
			{
				displayName: 'Type',
				name: 'tagType',
				type: 'options',
				options: [
					{ name: 'Contact', value: 'contact' },
					{ name: 'Template', value: 'template' },
				],
				default: 'contact',
				routing: { send: { type: 'body', property: 'tag.tagType' } },
			},
		],
	},
];
