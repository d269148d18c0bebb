import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { taskOutcomeSharedFields } from './shared';

export const taskOutcome: ResourceDefinition = {
	name: 'Task Outcome',
	value: 'taskOutcome',
	description: 'Outcomes a task is given when it is completed (to give one, use Task > Complete)',
	operations: [create, get, getAll],
	defaultOperation: getAll.option.value,
	sharedFields: taskOutcomeSharedFields,
};
