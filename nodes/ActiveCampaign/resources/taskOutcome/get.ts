import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { taskOutcomeId } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a task outcome',
		description: 'Get a task outcome by title or ID',
		routing: singleRoute(
			{ method: 'GET', url: '/taskOutcomes/{taskOutcome}' },
			{ preSend: [taskOutcomeId], postReceive: [unwrapRecord('taskOutcome')] },
		),
	},
	simplify: true,
};
