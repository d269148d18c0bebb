import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { deleteList } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { listSharedFields } from './shared';
import { update } from './update';

export const list: ResourceDefinition = {
	name: 'List',
	value: 'list',
	description: 'Mailing lists',
	operations: [create, deleteList, get, getAll, update],
	defaultOperation: getAll.option.value,
	sharedFields: listSharedFields,
};
