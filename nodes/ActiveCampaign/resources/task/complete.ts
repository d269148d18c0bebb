import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { taskId } from './shared';

export const complete: OperationDefinition = {
	option: {
		name: 'Complete',
		value: 'complete',
		action: 'Complete a task',
		description: 'Mark a task as done, optionally with an outcome',
		routing: singleRoute(
			{ method: 'PUT', url: '/dealTasks/{task}', body: { dealTask: { status: 1 } } },
			{ preSend: [taskId], postReceive: [unwrapRecord('dealTask')] },
		),
	},
	fields: [
		{
			displayName: 'Options',
			name: 'completeOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
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
	],
	simplify: true,
};
