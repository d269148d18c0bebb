import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { deleteSavedResponse } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { savedResponseSharedFields } from './shared';
import { update } from './update';

export const savedResponse: ResourceDefinition = {
	name: 'Saved Response',
	value: 'savedResponse',
	description: 'Email templates users send from contacts and deals',
	operations: [create, deleteSavedResponse, get, getAll, update],
	defaultOperation: getAll.option.value,
	sharedFields: savedResponseSharedFields,
};
