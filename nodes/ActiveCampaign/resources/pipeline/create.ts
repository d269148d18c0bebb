import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { pipelineCurrency, pipelineOptions } from './shared';

const show = showFor('pipeline', ['create']);

export const pipelineCreateFields: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'pipelineTitle',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Enterprise Sales',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'dealGroup.title' } },
	},
	{ ...pipelineCurrency, displayOptions: show },
	{
		displayName: 'Additional Fields',
		name: 'pipelineAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: pipelineOptions,
	},
];
