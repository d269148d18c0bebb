import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { connectionLocator } from '../ecommerceConnection/shared';

const query = (property: string) => ({ send: { type: 'query' as const, property, propertyInDotNotation: false } });

export const ecommerceCustomerGetAllFields: INodeProperties[] = [
	...returnAllAndLimit('ecommerceCustomer', 'getAll'),
	{
		displayName: 'Filters',
		name: 'ecommerceCustomerFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('ecommerceCustomer', ['getAll']),
		options: [
			{ ...connectionLocator('connection', 'Only customers of this store'), required: false },
			{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: 'Only the customer with this email', routing: query('filters[email]') },
			{ displayName: 'External Customer ID', name: 'externalid', type: 'string', default: '', routing: query('filters[externalid]') },
		],
	},
];
