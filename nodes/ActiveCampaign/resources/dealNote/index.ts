import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { dealNoteSharedFields } from './shared';
import { update } from './update';

export const dealNote: ResourceDefinition = {
	name: 'Deal Note',
	value: 'dealNote',
	description: 'Notes on deals (add and change)',
	operations: [create, update],
	defaultOperation: create.option.value,
	sharedFields: dealNoteSharedFields,
};
