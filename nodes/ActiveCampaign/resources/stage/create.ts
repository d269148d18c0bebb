import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { pipelineLocator } from '../deal/shared';
import { stageOptions } from './shared';

const show = showFor('stage', ['create']);

export const stageCreateFields: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'stageTitle',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Negotiation',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'dealStage.title' } },
	},
	{ ...pipelineLocator('stagePipeline'), description: 'The pipeline the stage belongs to', displayOptions: showFor('stage', ['create', 'getAll']) },
	{
		displayName: 'Additional Fields',
		name: 'stageAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: stageOptions,
	},
];
