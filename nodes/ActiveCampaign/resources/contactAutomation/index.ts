import type { ResourceDefinition } from '../../shared/descriptions';
import { add } from './add';
import { getAll } from './getAll';
import { remove } from './remove';
import { contactAutomationSharedFields } from './shared';

export const contactAutomation: ResourceDefinition = {
	name: 'Contact Automation',
	value: 'contactAutomation',
	description: 'Enrolments of contacts in automations',
	operations: [add, getAll, remove],
	defaultOperation: add.option.value,
	sharedFields: contactAutomationSharedFields,
};
