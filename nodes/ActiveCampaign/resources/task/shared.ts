import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { resolveIds } from '../../shared/locators/read';
import { RECORD_KINDS } from '../../shared/records/kinds';

export const taskLocator = recordLocator({
	name: 'task',
	displayName: 'Task',
	kind: RECORD_KINDS.task,
	searchListMethod: 'searchTasks',
	description: 'The task, picked from the list or by ID',
});

/** The task picker of every operation on one task. */
export const taskSharedFields: INodeProperties[] = [{ ...taskLocator, displayOptions: showFor('task', ['get', 'update', 'complete', 'delete']) }];

/** preSend: the picked task's ID into `/dealTasks/{task}`. */
export const taskId = resolveIds([{ parameter: 'task', kind: RECORD_KINDS.task }], '/dealTasks/{task}');

export const taskTypeLocator = (required: boolean): INodeProperties =>
	recordLocator({
		name: 'taskType',
		displayName: 'Task Type',
		kind: RECORD_KINDS.taskType,
		searchListMethod: 'searchTaskTypes',
		byText: 'name',
		required,
		description: 'The type of task (e.g. Call, Email, Meeting), picked from the list, by ID, or by its title',
	});

export const TASK_STATUS_OPTIONS = [
	{ name: 'Incomplete', value: 0 },
	{ name: 'Complete', value: 1 },
];
