import type { ResourceDefinition } from '../../shared/descriptions';
import { getAll } from './getAll';

export const emailActivity: ResourceDefinition = {
	name: 'Email Activity',
	value: 'emailActivity',
	description: 'Emails exchanged with contacts, logged on contacts and deals',
	operations: [getAll],
	defaultOperation: getAll.option.value,
};
