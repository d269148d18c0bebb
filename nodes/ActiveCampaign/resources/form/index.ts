import type { ResourceDefinition } from '../../shared/descriptions';
import { get } from './get';
import { getAll } from './getAll';

export const form: ResourceDefinition = {
	name: 'Form',
	value: 'form',
	description: 'Sign-up forms of the account',
	operations: [get, getAll],
	defaultOperation: getAll.option.value,
};
