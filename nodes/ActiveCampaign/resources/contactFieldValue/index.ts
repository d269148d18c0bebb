import type { ResourceDefinition } from '../../shared/descriptions';
import { getAll } from './getAll';
import { set } from './set';
import { contactFieldValueSharedFields } from './shared';

export const contactFieldValue: ResourceDefinition = {
	name: 'Contact Custom Field Value',
	value: 'contactFieldValue',
	description: "A contact's values in custom fields",
	operations: [getAll, set],
	defaultOperation: set.option.value,
	sharedFields: contactFieldValueSharedFields,
};
