import type { ResourceDefinition } from '../../shared/descriptions';
import { complete } from './complete';
import { create } from './create';
import { deleteTask } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { taskSharedFields } from './shared';
import { update } from './update';

export const task: ResourceDefinition = {
	name: 'Task',
	value: 'task',
	description: 'Tasks (calls, emails, meetings...) on contacts or deals',
	operations: [complete, create, deleteTask, get, getAll, update],
	defaultOperation: create.option.value,
	sharedFields: taskSharedFields,
};
