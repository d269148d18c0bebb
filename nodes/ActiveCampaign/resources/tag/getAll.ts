import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';

export const tagGetAllFields: INodeProperties[] = [
	...returnAllAndLimit('tag', 'getAll'),
	{
		displayName: 'Filters',
		name: 'tagFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('tag', ['getAll']),
		options: [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Only tags whose name contains this text',
				routing: { send: { type: 'query', property: 'search' } },
			},
		],
	},
];
