import type { ResourceDefinition } from '../../shared/descriptions';
import { get } from './get';
import { getAll } from './getAll';
import { customObjectSchemaSharedFields } from './shared';

export const customObjectSchema: ResourceDefinition = {
	name: 'Custom Object Schema',
	value: 'customObjectSchema',
	description: 'Custom object types of the account: their fields and relationships',
	operations: [get, getAll],
	defaultOperation: getAll.option.value,
	sharedFields: customObjectSchemaSharedFields,
};
