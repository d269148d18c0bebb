import type { ResourceDefinition } from '../../shared/descriptions';
import { create } from './create';
import { deleteNote } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { noteSharedFieldsLast } from './shared';
import { update } from './update';

export const note: ResourceDefinition = {
	name: 'Note',
	value: 'note',
	description: 'Notes on contacts, deals or accounts',
	operations: [create, deleteNote, get, getAll, update],
	defaultOperation: create.option.value,
	sharedFieldsLast: noteSharedFieldsLast,
};
