import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { deleteMessage } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { messageSharedFields } from './shared';
import { update } from './update';

export const message: ResourceDefinition = {
	name: 'Message',
	value: 'message',
	description: 'Email messages used by campaigns',
	operations: [create, deleteMessage, get, getAll, update],
	defaultOperation: getAll.option.value,
	sharedFields: messageSharedFields,
};
