import type { ResourceDefinition } from '../../shared/descriptions';
import { add } from './add';
import { getAll } from './getAll';
import { remove } from './remove';
import { accountContactSharedFieldsLast } from './shared';
import { update } from './update';

export const accountContact: ResourceDefinition = {
	name: 'Account Contact',
	value: 'accountContact',
	description: 'Links between contacts and accounts, with job titles',
	operations: [add, getAll, remove, update],
	defaultOperation: add.option.value,
	sharedFieldsLast: accountContactSharedFieldsLast,
};
