import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { deleteTag } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { tagSharedFields } from './shared';
import { update } from './update';

export const tag: ResourceDefinition = {
	name: 'Tag',
	value: 'tag',
	description: 'Tags that label contacts',
	operations: [create, deleteTag, get, getAll, update],
	defaultOperation: getAll.option.value,
	sharedFields: tagSharedFields,
};
