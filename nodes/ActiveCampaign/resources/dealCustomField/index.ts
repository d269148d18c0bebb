import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { deleteDealCustomField } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { dealCustomFieldSharedFields } from './shared';
import { update } from './update';

export const dealCustomField: ResourceDefinition = {
	name: 'Deal Custom Field',
	value: 'dealCustomField',
	description: 'Custom fields of deals: their definitions',
	operations: [create, deleteDealCustomField, get, getAll, update],
	defaultOperation: getAll.option.value,
	sharedFields: dealCustomFieldSharedFields,
};
