import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';

export const stageGetAllFields: INodeProperties[] = [
	...returnAllAndLimit('stage', 'getAll'),
	{
		displayName: 'Filters',
		name: 'stageFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('stage', ['getAll']),
		options: [
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				description: 'Only stages whose title contains this text',
				routing: { send: { type: 'query', property: 'filters[title]', propertyInDotNotation: false } },
			},
		],
	},
];
