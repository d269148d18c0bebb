import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { noteLocator } from '../note/shared';

export const dealNoteUpdateFields: INodeProperties[] = [
	{ ...noteLocator, name: 'dealNoteNote', description: 'The note to change (a note of the deal), picked from the list or by ID', displayOptions: showFor('dealNote', ['update']) },
];
