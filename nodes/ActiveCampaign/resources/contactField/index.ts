import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { deleteContactField } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { contactFieldSharedFields } from './shared';
import { update } from './update';

export const contactField: ResourceDefinition = {
	name: 'Contact Custom Field',
	value: 'contactField',
	description: 'Custom fields of contacts: their definitions, options and lists',
	operations: [create, deleteContactField, get, getAll, update],
	defaultOperation: getAll.option.value,
	sharedFields: contactFieldSharedFields,
};
