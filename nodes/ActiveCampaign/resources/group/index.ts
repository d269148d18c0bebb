import type { ResourceDefinition } from '../../shared/descriptions';
import { get } from './get';
import { getAll } from './getAll';

export const group: ResourceDefinition = {
	name: 'User Group',
	value: 'group',
	description: 'User groups: the permissions of the users in them',
	operations: [get, getAll],
	defaultOperation: getAll.option.value,
};
