import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { failItem } from '../../shared/errors/failItem';
import { optionalRecordId } from '../../shared/locators/read';
import { unwrapList } from '../../shared/output';
import { RELATION_TYPES } from '../../shared/records/kinds';
import { listRoute, type ListTarget } from '../../shared/routing/routes';
import { accountLocator } from '../account/shared';
import { contactLocator, dealLocator } from '../deal/shared';

/** Where each kind of record lists its notes: documented for contacts, linked from real deal and account records (FACTS §2). */
const NOTES_OF: Record<string, (id: string) => string> = {
	contact: (id) => `/contacts/${id}/notes`,
	deal: (id) => `/deals/${id}/notes`,
	account: (id) => `/accounts/${id}/notes`,
};

/** Whether a note is on this record: by `reltype`/`relid`, or by `owner` when a record only has that. */
function isOn(note: IDataObject, kind: string, id: string): boolean {
	const relation = RELATION_TYPES[kind];
	if (note.reltype !== undefined || note.relid !== undefined) return String(note.reltype) === relation.reltype && String(note.relid) === id;
	const owner = (note.owner ?? {}) as IDataObject;
	return String(owner.type) === relation.ownerType && String(owner.id) === id;
}

/**
 * All notes from `GET /notes`, which documents no filters; the notes of one record from that record's own
 * list, each note checked to be on it (FACTS §2: a filter or path a server does not honour must not leak others).
 */
async function noteListTarget(context: IExecuteSingleFunctions): Promise<ListTarget> {
	const found: Array<{ kind: string; id: string }> = [];
	for (const [kind, relation] of Object.entries(RELATION_TYPES)) {
		const id = await optionalRecordId(context, `noteFilters.${kind}`, relation.kind);
		if (id) found.push({ kind, id });
	}
	if (found.length > 1) {
		failItem(context, `Filter notes by one record at a time, not by ${found.map((f) => f.kind).join(' and ')}`, 'Keep one of the filters.');
	}
	if (found.length === 0) return { url: '/notes' };
	const [{ kind, id }] = found;
	return { url: NOTES_OF[kind](id), matches: (note) => isOn(note, kind, id) };
}

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many notes',
		description: 'List notes, optionally those on one contact, deal or account',
		routing: listRoute({ method: 'GET', url: '/notes' }, { postReceive: [unwrapList('notes')], target: noteListTarget }),
	},
	fields: [
		...returnAllAndLimit('note', 'getAll'),
		{
			displayName: 'Filters',
			name: 'noteFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ ...accountLocator, required: false, description: 'Only notes on this account' },
				{ ...contactLocator('contact', false), description: 'Only notes on this contact (ID or email)' },
				{ ...dealLocator, required: false, description: 'Only notes on this deal' },
			],
		},
	],
	simplify: true,
};
