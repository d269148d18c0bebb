import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';

export const listGetAllFields: INodeProperties[] = [
	...returnAllAndLimit('list', 'getAll'),
	{
		displayName: 'Filters',
		name: 'listFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('list', ['getAll']),
		options: [
			{
				displayName: 'Name Contains',
				name: 'name',
				type: 'string',
				default: '',
				description: 'Only lists whose name contains this text',
				routing: { send: { type: 'query', property: 'filters[name][contains]' } },
			},
			{
				displayName: 'Sort by Name',
				name: 'sortByName',
				type: 'options',
				options: [
					{ name: 'A to Z', value: 'ASC' },
					{ name: 'Z to A', value: 'DESC' },
				],
				default: 'ASC',
				description: 'Sort the lists by name',
				routing: { send: { type: 'query', property: 'orders[name]' } },
			},
		],
	},
];
