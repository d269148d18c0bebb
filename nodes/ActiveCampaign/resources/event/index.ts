import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { deleteEvent } from './delete';
import { getAll } from './getAll';
import { track } from './track';

export const event: ResourceDefinition = {
	name: 'Event',
	value: 'event',
	description: 'Event tracking: what contacts did, for automations and segments',
	operations: [create, deleteEvent, getAll, track],
	defaultOperation: track.option.value,
};
