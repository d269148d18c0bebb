import type { OperationDefinition } from '../../shared/descriptions';
import { confirmDeleted } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { taskId } from './shared';

export const deleteTask: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a task',
		description: 'Delete a task',
		routing: singleRoute({ method: 'DELETE', url: '/dealTasks/{task}' }, { preSend: [taskId], postReceive: [confirmDeleted('task', 'task')] }),
	},
};
