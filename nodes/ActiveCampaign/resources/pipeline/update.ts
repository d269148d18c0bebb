import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { pipelineCurrency, pipelineOptions } from './shared';

export const pipelineUpdateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'pipelineUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('pipeline', ['update']),
		options: [
			...pipelineOptions.slice(0, 3),
			pipelineCurrency,
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'dealGroup.title' } },
			},
			...pipelineOptions.slice(3),
		],
	},
];
