/** Notes (/notes) on contacts (Subscriber), deals (Deal), accounts (CustomerAccount), tasks and activities. */
import { links, type Ctx } from '../context';
import { mount, type ResourceSpec } from '../crud';
import { isBlank, str, unprocessable } from '../http';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoDate } from '../time';
import { presentContact } from './contacts';

const NOTE_LINKS = ['activities', 'user', 'mentions', 'notes', 'owner'];
const OWNER_TYPE: Record<string, string> = {
	Subscriber: 'contact',
	Deal: 'deal',
	CustomerAccount: 'account',
	Activity: 'activity',
	DealTask: 'dealTask',
};
const REL_TABLE: Record<string, string> = { Subscriber: 'contacts', Deal: 'deals', CustomerAccount: 'accounts', DealTask: 'dealTasks' };

export function presentNote(row: Row, ctx: Ctx): Json {
	return {
		relid: row.relid,
		reltype: row.reltype,
		userid: row.userid,
		is_draft: row.is_draft,
		cdate: isoDate(row._c),
		mdate: isoDate(row._u),
		note: row.note,
		links: links(ctx, 'notes', row.id, NOTE_LINKS),
		id: row.id,
		user: row.userid,
		owner: { type: OWNER_TYPE[row.reltype] ?? 'contact', id: row.relid },
	};
}

function validateRel(ctx: Ctx, reltype: string, relid: string): void {
	if (!(reltype in OWNER_TYPE))
		throw unprocessable({ title: 'The note reltype is invalid.', code: 'field_invalid', pointer: '/data/attributes/reltype' });
	const table = REL_TABLE[reltype];
	if (table && !ctx.store.table(table).get(relid))
		throw unprocessable({ title: 'The related owner does not exist.', code: 'related_missing', pointer: '/data/attributes/relid' });
}

export const noteSpec: ResourceSpec = {
	table: 'notes',
	singular: 'note',
	model: 'Note',
	totalNumeric: true,
	notFoundStatus: { update: 403, delete: 403 },
	build(input, ctx) {
		for (const field of ['note', 'relid', 'reltype'])
			if (isBlank(input[field]))
				throw unprocessable({ title: `The note ${field} was not provided.`, code: 'field_missing', pointer: `/data/attributes/${field}` });
		const reltype = str(input.reltype);
		const relid = str(input.relid);
		validateRel(ctx, reltype, relid);
		return { note: str(input.note), reltype, relid, userid: '1', is_draft: '0' };
	},
	apply(row, input, ctx) {
		if (input.note !== undefined) {
			if (isBlank(input.note))
				throw unprocessable({ title: 'The note note was not provided.', code: 'field_missing', pointer: '/data/attributes/note' });
			row.note = str(input.note);
		}
		if (input.reltype !== undefined || input.relid !== undefined) {
			const reltype = str(input.reltype ?? row.reltype);
			const relid = str(input.relid ?? row.relid);
			validateRel(ctx, reltype, relid);
			row.reltype = reltype;
			row.relid = relid;
		}
	},
	present: (row, ctx) => presentNote(row, ctx),
	presentWrite(row, input, ctx, operation) {
		if (operation === 'update') return presentNote(row, ctx);
		const relid = input.relid ?? row.relid;
		return {
			note: row.note,
			cdate: isoDate(row._c),
			mdate: isoDate(row._u),
			reltype: row.reltype,
			relid,
			userid: row.userid,
			links: links(ctx, 'notes', row.id, NOTE_LINKS),
			owner: { type: OWNER_TYPE[row.reltype], id: relid },
			is_draft: '',
			id: row.id,
			user: row.userid,
		};
	},
	sideload(rows, ctx, operation) {
		if (operation !== 'create' || rows[0].reltype !== 'Subscriber') return {};
		const contact = ctx.store.table('contacts').get(rows[0].relid);
		return { contacts: contact ? [presentContact(contact, ctx)] : [] };
	},
	// FACTS §2: GET /notes documents no filters (reltype/relid appear only in third-party code), so none is honoured.
	afterCreate(row, _input, ctx) {
		if (row.reltype === 'Subscriber') {
			const contact = ctx.store.table('contacts').get(row.relid);
			if (contact) ctx.store.touch(contact);
			ctx.emit('subscriber_note', { contactId: row.relid, listId: '0', extra: { note: row.note } });
		} else if (row.reltype === 'Deal') {
			const deal = ctx.store.table('deals').get(row.relid);
			ctx.emit('deal_note_add', {
				dealId: row.relid,
				contactId: deal?.contact ?? undefined,
				extra: { 'note[id]': row.id, 'note[text]': row.note },
			});
		}
	},
};

export function mountNotes(router: Router): void {
	mount(router, noteSpec);
}
