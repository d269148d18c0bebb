import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { dealLocator } from '../deal/shared';
import { noteTextField } from '../note/shared';

/** The deal the note is on and the note's text, on both operations. */
export const dealNoteSharedFields: INodeProperties[] = [
	{
		...dealLocator,
		name: 'dealNoteDeal',
		description: 'The deal the note is on, picked from the list, by ID, or by its title',
		displayOptions: showFor('dealNote', ['create', 'update']),
	},
	noteTextField('dealNote'),
];
