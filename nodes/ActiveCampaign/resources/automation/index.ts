import type { ResourceDefinition } from '../../shared/descriptions';
import { get } from './get';
import { getAll } from './getAll';

export const automation: ResourceDefinition = {
	name: 'Automation',
	value: 'automation',
	description: 'Automations (workflows) of the account',
	operations: [get, getAll],
	defaultOperation: getAll.option.value,
};
