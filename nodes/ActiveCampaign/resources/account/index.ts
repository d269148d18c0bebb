import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { deleteAccount } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { accountSharedFields, accountSharedFieldsLast } from './shared';
import { update } from './update';

export const account: ResourceDefinition = {
	name: 'Account',
	value: 'account',
	description: 'Accounts (companies) with their custom fields',
	operations: [create, deleteAccount, get, getAll, update],
	defaultOperation: getAll.option.value,
	sharedFields: accountSharedFields,
	sharedFieldsLast: accountSharedFieldsLast,
};
