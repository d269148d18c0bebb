import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { dealLocator } from '../deal/shared';

export const dealNoteCreateFields: INodeProperties[] = [
	{ ...dealLocator, description: 'The deal the note is on, picked from the list, by ID, or by its title', displayOptions: showFor('dealNote', ['create', 'update']) },
	{
		displayName: 'Note',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		description: 'The text of the note',
		displayOptions: showFor('dealNote', ['create', 'update']),
		routing: { send: { type: 'body', property: 'note.note' } },
	},
];
