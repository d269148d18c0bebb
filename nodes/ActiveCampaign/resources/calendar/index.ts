import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { deleteCalendar } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { calendarSharedFields } from './shared';
import { update } from './update';

export const calendar: ResourceDefinition = {
	name: 'Calendar Feed',
	value: 'calendar',
	description: 'Calendar feeds of tasks that calendar apps subscribe to',
	operations: [create, deleteCalendar, get, getAll, update],
	defaultOperation: getAll.option.value,
	sharedFields: calendarSharedFields,
};
