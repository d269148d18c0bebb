import type { ResourceDefinition } from '../../shared/descriptions';
import { get } from './get';
import { getAll } from './getAll';

export const score: ResourceDefinition = {
	name: 'Lead Score',
	value: 'score',
	description: "Lead scores of the account, and a contact's score values",
	operations: [get, getAll],
	defaultOperation: getAll.option.value,
};
