import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';

export const contactFieldGetAllFields: INodeProperties[] = [
	...returnAllAndLimit('contactField', 'getAll'),
	{
		displayName: 'Filters',
		name: 'contactFieldFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('contactField', ['getAll']),
		options: [
			{
				displayName: 'Personalization Tag',
				name: 'perstag',
				type: 'string',
				default: '',
				placeholder: 'e.g. FAVORITE_COLOR',
				description: 'Only the field with this personalization tag',
				routing: { send: { type: 'query', property: 'filters[perstag]' } },
			},
		],
	},
];
