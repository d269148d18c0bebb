import type { ResourceDefinition } from '../../shared/descriptions';
import { deleteRecord } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { customObjectRecordSharedFields } from './shared';
import { upsert } from './upsert';

export const customObjectRecord: ResourceDefinition = {
	name: 'Custom Object Record',
	value: 'customObjectRecord',
	description: 'Records of custom object schemas, with their fields by name',
	operations: [upsert, deleteRecord, get, getAll],
	defaultOperation: upsert.option.value,
	sharedFields: customObjectRecordSharedFields,
};
