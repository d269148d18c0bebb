import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { deleteContact } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { importMany } from './importMany';
import { contactSharedFields, contactSharedFieldsLast } from './shared';
import { update } from './update';
import { upsert } from './upsert';

export const contact: ResourceDefinition = {
	name: 'Contact',
	value: 'contact',
	description: 'People in ActiveCampaign, found by ID or email',
	operations: [create, upsert, importMany, deleteContact, get, getAll, update],
	defaultOperation: upsert.option.value,
	sharedFields: contactSharedFields,
	sharedFieldsLast: contactSharedFieldsLast,
};
