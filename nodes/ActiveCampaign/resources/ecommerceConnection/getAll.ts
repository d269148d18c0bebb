import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';

const query = (property: string) => ({ send: { type: 'query' as const, property, propertyInDotNotation: false } });

export const ecommerceConnectionGetAllFields: INodeProperties[] = [
	...returnAllAndLimit('ecommerceConnection', 'getAll'),
	{
		displayName: 'Filters',
		name: 'ecommerceConnectionFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('ecommerceConnection', ['getAll']),
		options: [
			{ displayName: 'External Account ID', name: 'externalid', type: 'string', default: '', routing: query('filters[externalid]') },
			{ displayName: 'Service', name: 'service', type: 'string', default: '', description: 'Only connections of this service', routing: query('filters[service]') },
		],
	},
];
