import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';

export const pipelineGetAllFields: INodeProperties[] = [
	...returnAllAndLimit('pipeline', 'getAll'),
	{
		displayName: 'Filters',
		name: 'pipelineFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('pipeline', ['getAll']),
		options: [
			{
				displayName: 'Only With Stages',
				name: 'haveStages',
				type: 'boolean',
				default: true,
				description: 'Whether to return only pipelines that have at least one stage',
				routing: { send: { type: 'query', property: 'filters[have_stages]', propertyInDotNotation: false, value: '={{ $value ? 1 : 0 }}' } },
			},
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				description: 'Only pipelines whose title contains this text',
				routing: { send: { type: 'query', property: 'filters[title]', propertyInDotNotation: false } },
			},
		],
	},
];
