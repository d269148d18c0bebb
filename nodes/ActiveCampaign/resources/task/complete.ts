import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const taskCompleteFields: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'completeOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor('task', ['complete']),
		options: [
			{
				displayName: 'Outcome ID',
				name: 'outcomeId',
				type: 'number',
				default: 0,
				description: 'ID of the task outcome (needed when the account requires an outcome to complete tasks)',
				routing: { send: { type: 'body', property: 'dealTask.outcomeId' } },
			},
			{
				displayName: 'Outcome Details',
				name: 'outcomeInfo',
				type: 'string',
				default: '',
				description: 'More about how the task ended',
				routing: { send: { type: 'body', property: 'dealTask.outcomeInfo' } },
			},
		],
	},
];
