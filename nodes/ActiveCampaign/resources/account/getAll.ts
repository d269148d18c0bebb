import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';

export const accountGetAllFields: INodeProperties[] = [
	...returnAllAndLimit('account', 'getAll'),
	{
		displayName: 'Filters',
		name: 'accountFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('account', ['getAll']),
		options: [
			{
				displayName: 'Include Counts',
				name: 'countDeals',
				type: 'boolean',
				default: false,
				description: 'Whether to compute each account\'s number of contacts and deals (contactCount, dealCount)',
				routing: { send: { type: 'query', property: 'count_deals', value: '={{ $value ? "true" : undefined }}' } },
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Only accounts whose name contains this text',
				routing: { send: { type: 'query', property: 'search' } },
			},
		],
	},
];
