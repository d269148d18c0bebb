import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { failItem } from '../../shared/errors/failItem';
import { optionalRecordId } from '../../shared/locators/read';
import { unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { setBodyPath } from '../../shared/routing/body';
import { singleRoute } from '../../shared/routing/routes';
import { taskOutcomeLocator } from '../taskOutcome/shared';
import { taskId } from './shared';

/** preSend of the Outcome option: the picked outcome's ID into `dealTask.outcomeId`, unless Outcome ID says otherwise. */
async function outcomeIntoBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const outcome = await optionalRecordId(this, 'completeOptions.outcome', RECORD_KINDS.taskOutcome);
	if (outcome === undefined) return requestOptions;
	const byId = this.getNodeParameter('completeOptions.outcomeId', 0) as number | string;
	if (byId !== undefined && byId !== null && byId !== '' && Number(byId) !== 0 && String(byId).trim() !== outcome)
		failItem(
			this,
			`Options > Outcome (task outcome ${outcome}) and Options > Outcome ID (${String(byId)}) name different outcomes`,
			'Give the outcome once: remove Outcome ID and pick the outcome under Outcome (from the list, by ID or by its title).',
		);
	setBodyPath(requestOptions, 'dealTask.outcomeId', outcome);
	return requestOptions;
}

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
					...taskOutcomeLocator(
						'outcome',
						'Outcome',
						false,
						'How the task ended (needed when the account requires an outcome to complete tasks), picked from the list, by ID, or by its title',
					),
					routing: { send: { preSend: [outcomeIntoBody] } },
				},
				{
					displayName: 'Outcome ID',
					name: 'outcomeId',
					type: 'number',
					default: 0,
					description: 'ID of the task outcome; the Outcome option picks it by title instead',
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
