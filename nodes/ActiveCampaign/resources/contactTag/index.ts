import type { ResourceDefinition } from '../../shared/descriptions';
import { add } from './add';
import { getAll } from './getAll';
import { remove } from './remove';
import { contactTagSharedFields } from './shared';

export const contactTag: ResourceDefinition = {
	name: 'Contact Tag',
	value: 'contactTag',
	description: 'Tags given to contacts',
	operations: [add, getAll, remove],
	defaultOperation: add.option.value,
	sharedFields: contactTagSharedFields,
};
