/** Accounts (companies), account notes, /accountContacts. */
import { links, type Ctx } from '../context';
import { createRow, findOr404, mount, updateRow, type ResourceSpec } from '../crud';
import { isBlank, ok, queryValues, relatedMissing, str, unprocessable, unwrap } from '../http';
import { contains, pageIfAsked, PAGING } from '../query';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoDate } from '../time';
import { noteSpec, presentNote } from './notes';

const ACCOUNT_LINKS = ['notes', 'accountCustomFieldData', 'accountContacts', 'emailActivities', 'contactEmails', 'owner'];

export function presentAccount(row: Row, ctx: Ctx, operation: string): Json {
	return {
		name: row.name,
		accountUrl: row.accountUrl,
		createdTimestamp: isoDate(row._c),
		updatedTimestamp: isoDate(row._u),
		owner: row.owner,
		...(operation === 'list'
			? {
					contactCount: String(ctx.store.table('accountContacts').where((accountContact) => accountContact.account === row.id).length),
					dealCount: String(ctx.store.table('deals').where((deal) => deal.account === row.id).length),
				}
			: {}),
		links: links(ctx, 'accounts', row.id, ACCOUNT_LINKS),
		id: row.id,
	};
}

function assertUnique(ctx: Ctx, name: string, self?: Row): void {
	if (ctx.store.table('accounts').find((account) => account.name.toLowerCase() === name.toLowerCase() && account.id !== self?.id))
		throw unprocessable({ title: `An account named "${name}" already exists`, code: 'duplicate', pointer: '/data/attributes/name' });
}

function saveFields(ctx: Ctx, accountId: string, fields: Json): Json[] {
	if (!Array.isArray(fields)) return [];
	const out: Json[] = [];
	for (const field of fields) {
		if (!field || isBlank(field.customFieldId)) continue;
		const metaId = str(field.customFieldId);
		if (!ctx.store.table('accountCustomFieldMeta').get(metaId))
			throw unprocessable({ title: 'The related customField does not exist.', code: 'related_missing', pointer: '/data/attributes/fields' });
		const now = ctx.store.now();
		const value = Array.isArray(field.fieldValue) ? `||${field.fieldValue.join('||')}||` : str(field.fieldValue);
		const existing = ctx.store.table('accountCustomFieldData').find((datum) => datum.accountId === accountId && datum.customFieldId === metaId);
		if (existing) {
			existing.fieldValue = value;
			existing._u = now;
		} else
			ctx.store.table('accountCustomFieldData').insert({ _c: now, _u: now, accountId, customFieldId: metaId, fieldValue: value, fieldCurrency: field.fieldCurrency ?? null });
		out.push({ customFieldId: Number(metaId), fieldValue: value, accountId });
	}
	return out;
}

export const accountSpec: ResourceSpec = {
	table: 'accounts',
	singular: 'account',
	model: 'CustomerAccount',
	build(input, ctx) {
		if (isBlank(input.name))
			throw unprocessable({ title: 'The account name was not provided.', code: 'field_missing', pointer: '/data/attributes/name' });
		assertUnique(ctx, str(input.name).trim());
		const owner = str(input.owner, '1');
		if (!ctx.store.table('users').get(owner))
			throw relatedMissing('owner');
		return { name: str(input.name).trim(), accountUrl: input.accountUrl === undefined ? null : str(input.accountUrl), owner };
	},
	apply(row, input, ctx) {
		if (input.name !== undefined) {
			if (isBlank(input.name))
				throw unprocessable({ title: 'The account name was not provided.', code: 'field_missing', pointer: '/data/attributes/name' });
			assertUnique(ctx, str(input.name).trim(), row);
			row.name = str(input.name).trim();
		}
		if (input.accountUrl !== undefined) row.accountUrl = str(input.accountUrl);
		if (input.owner !== undefined) row.owner = str(input.owner);
		row._fieldsOut = saveFields(ctx, row.id, input.fields);
	},
	present: (row, ctx, operation) => presentAccount(row, ctx, operation),
	presentWrite(row, input, ctx) {
		const body = presentAccount(row, ctx, 'write');
		if (body.accountUrl === null && input.accountUrl === undefined && row._createdNoUrl) delete body.accountUrl;
		const { links: accountLinks, id, ...rest } = body;
		return { ...rest, links: accountLinks, customFieldSaveStatus: { status: 'success' }, fields: row._fieldsOut ?? [], id };
	},
	params: { search: contains('name') },
	afterCreate(row, input, ctx) {
		row._createdNoUrl = input.accountUrl === undefined;
		row._fieldsOut = saveFields(ctx, row.id, input.fields);
		ctx.emit('account_add', { extra: accountBlock(row) });
	},
	afterUpdate(row, _before, _input, ctx) {
		ctx.emit('account_update', { extra: accountBlock(row) });
	},
	afterDelete(row, ctx) {
		const store = ctx.store;
		for (const accountContact of store.table('accountContacts').where((accountContact) => accountContact.account === row.id)) store.table('accountContacts').delete(accountContact.id);
		for (const datum of store.table('accountCustomFieldData').where((datum) => datum.accountId === row.id)) store.table('accountCustomFieldData').delete(datum.id);
		for (const deal of store.table('deals').where((deal) => deal.account === row.id)) deal.account = null;
	},
};

export function accountBlock(row: Row): Record<string, string> {
	return {
		'account[id]': row.id,
		'account[name]': row.name,
		'account[account_url]': row.accountUrl ?? '',
		'account[created_timestamp]': isoDate(row._c),
		'account[updated_timestamp]': isoDate(row._u),
	};
}

export const accountContactSpec: ResourceSpec = {
	table: 'accountContacts',
	singular: 'accountContact',
	model: 'CustomerAccountSubscriber',
	build(input, ctx) {
		for (const field of ['account', 'contact'])
			if (isBlank(input[field]))
				throw unprocessable({ title: `The ${field} attribute was not provided`, code: 'field_missing', pointer: `/data/attributes/${field}` });
		const account = str(input.account);
		const contact = str(input.contact);
		if (!ctx.store.table('accounts').get(account))
			throw relatedMissing('account');
		if (!ctx.store.table('contacts').get(contact))
			throw relatedMissing('contact');
		if (ctx.store.table('accountContacts').find((accountContact) => accountContact.contact === contact))
			throw unprocessable({
				title: 'This contact is already associated with an account. We currently do not support contacts on multiple accounts.',
				code: 'field_invalid',
				pointer: '/data/attributes/account,contact',
			});
		return { account, contact, jobTitle: str(input.jobTitle) };
	},
	writable: ['jobTitle'],
	present: (row, ctx) => ({
		account: row.account,
		contact: row.contact,
		jobTitle: row.jobTitle,
		createdTimestamp: isoDate(row._c),
		updatedTimestamp: isoDate(row._u),
		links: links(ctx, 'accountContacts', row.id, ['account', 'contact']),
		id: row.id,
	}),
	echo: ['account', 'contact'],
	filters: { contact: (row, value) => row.contact === value, account: (row, value) => row.account === value },
	afterCreate(row, _input, ctx) {
		const account = ctx.store.table('accounts').get(row.account);
		ctx.emit('account_contact_add', {
			contactId: row.contact,
			extra: { ...(account ? accountBlock(account) : {}), 'accountContact[id]': row.id, 'accountContact[account]': row.account, 'accountContact[contact]': row.contact, 'accountContact[job_title]': row.jobTitle },
		});
	},
	afterUpdate(row, _before, _input, ctx) {
		const account = ctx.store.table('accounts').get(row.account);
		ctx.emit('account_contact_update', {
			contactId: row.contact,
			extra: { ...(account ? accountBlock(account) : {}), 'accountContact[id]': row.id, 'accountContact[account]': row.account, 'accountContact[contact]': row.contact, 'accountContact[job_title]': row.jobTitle },
		});
	},
};

function accountNote(ctx: Ctx, noteId?: string) {
	const account = findOr404(accountSpec, ctx, ctx.params.id, 'get');
	const input = { ...unwrap(ctx.body, 'note'), reltype: 'CustomerAccount', relid: account.id };
	let note: Row;
	if (noteId) {
		note = findOr404(noteSpec, ctx, noteId, 'update');
		updateRow(noteSpec, note, input, ctx);
	} else note = createRow(noteSpec, input, ctx);
	return ok({ accounts: [presentAccount(account, ctx, 'get')], note: presentNote(note, ctx) }, noteId ? 200 : 201);
}

export function mountAccounts(router: Router): void {
	router.add('DELETE', '/accounts/bulk_delete', (ctx) => {
		for (const id of queryValues(ctx.query, 'ids')) {
			const row = ctx.store.table('accounts').get(id);
			if (!row) continue;
			ctx.store.table('accounts').delete(id);
			accountSpec.afterDelete?.(row, ctx);
		}
		return ok({ meta: { success: true } });
	}, ['ids', 'ids[]']);
	mount(router, accountSpec);
	router.add('POST', '/accounts/:id/notes', (ctx) => accountNote(ctx));
	router.add('PUT|PATCH', '/accounts/:id/notes/:noteId', (ctx) => accountNote(ctx, ctx.params.noteId));
	router.add(
		'GET',
		'/accounts/:id/notes',
		(ctx) => {
			const account = findOr404(accountSpec, ctx, ctx.params.id, 'get');
			const notes = ctx.store.table('notes').where((note) => note.reltype === 'CustomerAccount' && note.relid === account.id);
			return ok({ notes: pageIfAsked(notes, ctx.query).map((note) => presentNote(note, ctx)) });
		},
		PAGING,
	);
	router.add('GET', '/accounts/:id/accountContacts', (ctx) => {
		const account = findOr404(accountSpec, ctx, ctx.params.id, 'get');
		return ok({ accountContacts: ctx.store.table('accountContacts').where((accountContact) => accountContact.account === account.id).map((accountContact) => accountContactSpec.present(accountContact, ctx, 'list')) });
	});
	mount(router, accountContactSpec);
}
