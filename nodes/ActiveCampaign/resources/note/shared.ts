import type { INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../shared/locators';
import { RECORD_KINDS } from '../../shared/recordKinds';
import { accountLocator, contactLocator, dealLocator } from '../deal/shared';

export const noteLocator = recordLocator({
	name: 'note',
	displayName: 'Note',
	kind: RECORD_KINDS.note,
	searchListMethod: 'searchNotes',
	description: 'The note, picked from the list or by ID',
});

/** "Attach To" plus the locator of the chosen kind of record (contact, deal, account). */
export function attachTo(resource: string, operations: string[], kinds: string[], required: boolean, description: string): INodeProperties[] {
	const names: Record<string, string> = { contact: 'Contact', deal: 'Deal', account: 'Account' };
	const show = (kind: string) => ({ show: { resource: [resource], operation: operations, attachTo: [kind] } });
	const locators: Record<string, INodeProperties> = {
		contact: contactLocator('contact', required, 'The contact, picked from the list, by ID, or by email'),
		deal: { ...dealLocator, required },
		account: { ...accountLocator('account', required) },
	};
	return [
		{
			displayName: 'Attach To',
			name: 'attachTo',
			type: 'options',
			options: kinds.map((kind) => ({ name: names[kind], value: kind })),
			default: 'contact',
			description,
			displayOptions: { show: { resource: [resource], operation: operations } },
		},
		...kinds.map((kind) => ({ ...locators[kind], displayOptions: show(kind) })),
	];
}
