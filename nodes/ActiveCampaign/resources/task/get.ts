import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { taskId } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a task',
		description: 'Get a task by ID',
		routing: singleRoute({ method: 'GET', url: '/dealTasks/{task}' }, { preSend: [taskId], postReceive: [unwrapRecord('dealTask')] }),
	},
	simplify: true,
};
