import type { ResourceDefinition } from '../../shared/descriptions';
import { getAll } from './getAll';

export const contactActivity: ResourceDefinition = {
	name: 'Contact Activity',
	value: 'contactActivity',
	description: "A contact's activity feed",
	operations: [getAll],
	defaultOperation: getAll.option.value,
};
