import type { ResourceDefinition } from '../../shared/descriptions';
import { add } from './add';
import { getAll } from './getAll';
import { remove } from './remove';
import { dealContactSharedFields } from './shared';

export const dealContact: ResourceDefinition = {
	name: 'Deal Contact',
	value: 'dealContact',
	description: 'Secondary contacts of deals',
	operations: [add, getAll, remove],
	defaultOperation: add.option.value,
	sharedFields: dealContactSharedFields,
};
