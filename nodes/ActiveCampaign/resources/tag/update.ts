import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const tagUpdateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'tagUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('tag', ['update']),
		options: [
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'tag.description' } },
			},
			{
				displayName: 'Name',
				name: 'tagName',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'tag.tag' } },
			},
		],
	},
];
