import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { stageOptions } from './shared';

export const stageUpdateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'stageUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('stage', ['update']),
		options: [
			...stageOptions.slice(0, 3),
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'dealStage.title' } },
			},
			...stageOptions.slice(3),
		],
	},
];
