import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { resolveIds } from '../../shared/locators/read';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { accountLocator } from '../account/shared';
import { contactLocator, dealLocator } from '../deal/shared';

export const noteLocator = recordLocator({
	name: 'note',
	displayName: 'Note',
	kind: RECORD_KINDS.note,
	searchListMethod: 'searchNotes',
	description: 'The note, picked from the list or by ID',
});

/** The note's text (`note.note`), on create and update of `resource` (a note, or a deal's note). */
export function noteTextField(resource: string): INodeProperties {
	return {
		displayName: 'Note',
		name: `${resource}Text`,
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		description: 'The text of the note',
		displayOptions: showFor(resource, ['create', 'update']),
		routing: { send: { type: 'body', property: 'note.note' } },
	};
}

/** Shown after the operations' own fields: Create shows what the note is attached to above its text. */
export const noteSharedFieldsLast: INodeProperties[] = [
	noteTextField('note'),
	{ ...noteLocator, displayOptions: showFor('note', ['get', 'update', 'delete']) },
];

/** preSend: the picked note's ID into `/notes/{note}`. */
export const noteId = resolveIds([{ parameter: 'note', kind: RECORD_KINDS.note }], '/notes/{note}');

/** The parameter holding the record a note or task of `resource` is on: `noteContact`, `taskDeal`... */
export function attachedRecordParameter(resource: string, kind: string): string {
	return `${resource}${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
}

/** "Attach To" plus the locator of the chosen kind of record (contact, deal, account), for a create operation's fields. */
export function attachTo(resource: string, kinds: string[], required: boolean, description: string): INodeProperties[] {
	const names: Record<string, string> = { contact: 'Contact', deal: 'Deal', account: 'Account' };
	const locators: Record<string, INodeProperties> = {
		contact: contactLocator('contact', required, 'The contact, picked from the list, by ID, or by email'),
		deal: { ...dealLocator, required },
		account: { ...accountLocator, required },
	};
	return [
		{
			displayName: 'Attach To',
			name: 'attachTo',
			type: 'options',
			options: kinds.map((kind) => ({ name: names[kind], value: kind })),
			default: 'contact',
			description,
		},
		...kinds.map((kind) => ({ ...locators[kind], name: attachedRecordParameter(resource, kind), displayOptions: { show: { attachTo: [kind] } } })),
	];
}
