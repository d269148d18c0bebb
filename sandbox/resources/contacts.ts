/** Contacts: CRUD, /contact/sync upsert, filters and per-contact sub-resources. */
import { createHash } from 'node:crypto';
import { links, type Ctx } from '../context';
import { findOr404, listHonours, listReply, updateRow, type ResourceSpec } from '../crud';
import { ApiError, isBlank, ok, queryValue, str, unprocessable, unwrap } from '../http';
import { compareByOperator, contains, dateFilters, pageIfAsked, PAGING, type FilterFn } from '../query';
import type { Json, Row } from '../store';
import type { Router } from '../router';
import { isoDate, sqlDate } from '../time';
import { accountContactSpec } from './accounts';
import { presentContactAutomation } from './automations';
import { presentContactList } from './contactLists';
import { presentContactTag } from './tags';
import { presentDeal } from './deals';
import { presentFieldValue, setFieldValues } from './contactFields';
import { presentNote } from './notes';

const CONTACT_LINKS = [
	'bounceLogs',
	'contactAutomations',
	'contactData',
	'contactGoals',
	'contactLists',
	'contactLogs',
	'contactTags',
	'contactDeals',
	'deals',
	'fieldValues',
	'geoIps',
	'notes',
	'organization',
	'plusAppend',
	'trackingLogs',
	'scoreValues',
	'accountContacts',
	'automationEntryCounts',
];

export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function contactLinks(ctx: Ctx, id: string): Record<string, string> {
	const contactLinks = links(ctx, 'contacts', id, CONTACT_LINKS);
	contactLinks.contactAutomations = `${ctx.base}/api/3/contacts/${id}/contactAutomations?limit=2500&orders%5Blastdate%5D=DESC`;
	return contactLinks;
}

export function accountContactIds(ctx: Ctx, contactId: string): string[] {
	return ctx.store.table('accountContacts').where((accountContact) => accountContact.contact === contactId).map((accountContact) => accountContact.id);
}

/** Full contact object as GET /contacts and side-loads render it. */
export function presentContact(row: Row, ctx: Ctx): Json {
	return {
		cdate: isoDate(row._c),
		email: row.email,
		phone: row.phone,
		firstName: row.firstName,
		lastName: row.lastName,
		orgid: row.orgid,
		orgname: row.orgname,
		segmentio_id: '',
		bounced_hard: row.bounced_hard,
		bounced_soft: row.bounced_soft,
		bounced_date: null,
		ip: row.ip,
		ua: row.ua,
		hash: row.hash,
		socialdata_lastcheck: null,
		email_local: '',
		email_domain: row.email_domain,
		sentcnt: row.sentcnt,
		rating_tstamp: null,
		gravatar: '0',
		deleted: '0',
		anonymized: '0',
		adate: null,
		udate: isoDate(row._u),
		edate: null,
		deleted_at: null,
		created_utc_timestamp: sqlDate(row._c),
		updated_utc_timestamp: sqlDate(row._u),
		created_timestamp: sqlDate(row._c),
		updated_timestamp: sqlDate(row._u),
		created_by: row.created_by,
		updated_by: row.updated_by,
		mpp_tracking: '0',
		last_click_date: null,
		last_open_date: null,
		last_mpp_open_date: null,
		best_send_hour: row.best_send_hour,
		sms_consent: row.sms_consent,
		sms_consent_updated_at: row.sms_consent_updated_at,
		whatsapp_id: null,
		whatsapp_username: null,
		links: contactLinks(ctx, row.id),
		id: row.id,
		organization: null,
	};
}

function presentListItem(row: Row, ctx: Ctx): Json {
	const body = presentContact(row, ctx);
	const { links: contactLinks, id, organization } = body;
	delete body.links;
	delete body.id;
	delete body.organization;
	return { ...body, scoreValues: [], accountContacts: accountContactIds(ctx, row.id), links: contactLinks, id, organization };
}

/** The reduced body POST /contacts answers with. */
function presentCreated(row: Row, ctx: Ctx): Json {
	return {
		email: row.email,
		firstName: row.firstName,
		lastName: row.lastName,
		cdate: isoDate(row._c),
		udate: isoDate(row._u),
		phone: row.phone,
		orgid: row.orgid,
		orgname: row.orgname,
		links: contactLinks(ctx, row.id),
		id: row.id,
		organization: null,
	};
}

export function contactFields(input: Record<string, Json>): Record<string, Json> {
	const email = str(input.email).trim();
	return {
		email,
		phone: str(input.phone),
		firstName: str(input.firstName ?? input.first_name),
		lastName: str(input.lastName ?? input.last_name),
		orgid: str(input.orgid, '0'),
		orgname: str(input.orgname),
		bounced_hard: '0',
		bounced_soft: '0',
		ip: '0',
		ua: '',
		hash: createHash('md5').update(email.toLowerCase()).digest('hex'),
		email_domain: email.includes('@') ? email.split('@')[1] : '',
		sentcnt: '0',
		created_by: '0',
		updated_by: '0',
		best_send_hour: '0',
		sms_consent: '0',
		sms_consent_updated_at: '0000-00-00 00:00:00',
	};
}

export function findContactByEmail(ctx: Ctx, email: string): Row | undefined {
	const wanted = email.trim().toLowerCase();
	return ctx.store.table('contacts').find((contact) => contact.email.toLowerCase() === wanted);
}

function validateEmail(input: Record<string, Json>, ctx: Ctx, self?: Row, requireEmail = true): void {
	if (isBlank(input.email)) {
		if (!requireEmail) return;
		throw unprocessable({ title: 'Contact Email Address is not valid.', code: 'field_missing', pointer: '/data/attributes/email' });
	}
	const email = str(input.email).trim();
	if (!EMAIL_RE.test(email))
		throw unprocessable({
			title: 'Contact Email Address is not valid.',
			code: 'email_invalid',
			pointer: '/data/attributes/email',
			extra: { error: 'must_be_valid_email_address' },
		});
	const other = findContactByEmail(ctx, email);
	if (other && other.id !== self?.id)
		throw unprocessable({ title: 'Email address already exists in the system', code: 'duplicate', pointer: '/data/attributes/email' });
}

function applyContact(row: Row, input: Record<string, Json>): void {
	if (input.email !== undefined && !isBlank(input.email)) {
		row.email = str(input.email).trim();
		row.hash = createHash('md5').update(row.email.toLowerCase()).digest('hex');
		row.email_domain = row.email.split('@')[1] ?? '';
	}
	if (input.firstName !== undefined || input.first_name !== undefined) row.firstName = str(input.firstName ?? input.first_name);
	if (input.lastName !== undefined || input.last_name !== undefined) row.lastName = str(input.lastName ?? input.last_name);
	if (input.phone !== undefined) row.phone = str(input.phone);
	if (input.orgname !== undefined) row.orgname = str(input.orgname);
	if (input.orgid !== undefined) row.orgid = str(input.orgid);
}

function memberFilter(ctx: Ctx): FilterFn {
	// listid + status (status -1 = any)
	let cache: Set<string> | undefined;
	return (row, listid) => {
		if (!cache) {
			const status = queryValue(ctx.query, 'status');
			cache = new Set(
				ctx.store
					.table('contactLists')
					.where((membership) => membership.list === listid && (status === undefined || status === '-1' || membership.status === status))
					.map((membership) => membership.contact),
			);
		}
		return cache.has(row.id);
	};
}

function relationFilter(ctx: Ctx, table: string, foreignKey: string): FilterFn {
	let cache: Set<string> | undefined;
	return (row, value) => {
		if (!cache) cache = new Set(ctx.store.table(table).where((link) => link[foreignKey] === value).map((link) => link.contact));
		return cache.has(row.id);
	};
}

function segmentFilter(ctx: Ctx): FilterFn {
	return (row, value) => {
		const segment = ctx.store.table('segments').get(value);
		if (!segment) return false;
		const rule = segment._rule as { tagid?: string; listid?: string; emailContains?: string } | undefined;
		if (!rule) return false;
		if (rule.tagid && !ctx.store.table('contactTags').find((contactTag) => contactTag.contact === row.id && contactTag.tag === rule.tagid)) return false;
		if (rule.listid && !ctx.store.table('contactLists').find((membership) => membership.contact === row.id && membership.list === rule.listid && membership.status === '1'))
			return false;
		if (rule.emailContains && !row.email.includes(rule.emailContains)) return false;
		return true;
	};
}

function listSpec(ctx: Ctx): Partial<ResourceSpec> {
	return {
		params: {
			email: (row, value) => row.email.toLowerCase() === value.trim().toLowerCase(),
			email_like: contains('email'),
			search: contains('email', 'firstName', 'lastName', 'phone', 'orgname'),
			phone: (row, value) => compareByOperator(row.phone, value, 'starts_with'),
			exclude: (row, value) => row.id !== value,
			listid: memberFilter(ctx),
			tagid: relationFilter(ctx, 'contactTags', 'tag'),
			seriesid: relationFilter(ctx, 'contactAutomations', 'seriesid'),
			formid: (row, value) => row._formid === value,
			segmentid: segmentFilter(ctx),
			organization: (row, value) => row.orgid === value,
		},
		filters: { ...dateFilters },
		orders: {
			id: (row) => Number(row.id),
			cdate: (row) => row._c,
			email: (row) => row.email.toLowerCase(),
			first_name: (row) => row.firstName.toLowerCase(),
			last_name: (row) => row.lastName.toLowerCase(),
			name: (row) => `${row.firstName} ${row.lastName}`.toLowerCase(),
			score: () => 0,
		},
		keyset: true,
		// `status` goes with `listid` (memberFilter).
		reads: ['status'],
	};
}

export function contactSideloadFieldValues(ctx: Ctx, contactId: string, sent: boolean): Record<string, Json> {
	if (!sent) return {};
	return { fieldValues: ctx.store.table('fieldValues').where((fieldValue) => fieldValue.contact === contactId).map((fieldValue) => presentFieldValue(fieldValue, ctx)) };
}

export const contactSpec: ResourceSpec = {
	table: 'contacts',
	singular: 'contact',
	model: 'Subscriber',
	build(input, ctx) {
		validateEmail(input, ctx);
		return contactFields(input);
	},
	apply(row, input, ctx) {
		validateEmail(input, ctx, row, false);
		applyContact(row, input);
	},
	present: (row, ctx) => presentContact(row, ctx),
	afterCreate(row, input, ctx) {
		if (Array.isArray(input.fieldValues)) setFieldValues(ctx, row.id, input.fieldValues);
		ctx.emit('subscribe', { contactId: row.id, listId: '0' });
	},
	afterUpdate(row, _before, input, ctx) {
		if (Array.isArray(input.fieldValues)) setFieldValues(ctx, row.id, input.fieldValues);
		ctx.emit('update', { contactId: row.id, listId: '0' });
	},
};

/** Remove a contact and everything hanging off it. */
export function deleteContact(ctx: Ctx, row: Row): void {
	const store = ctx.store;
	store.table('contacts').delete(row.id);
	for (const table of ['contactLists', 'contactTags', 'fieldValues', 'contactAutomations', 'contactDeals', 'accountContacts'])
		for (const dependent of store.table(table).where((dependent) => dependent.contact === row.id)) store.table(table).delete(dependent.id);
	for (const note of store.table('notes').where((note) => note.reltype === 'Subscriber' && note.relid === row.id)) store.table('notes').delete(note.id);
}

function contactOr404(ctx: Ctx): Row {
	return findOr404(contactSpec, ctx, ctx.params.id, 'get');
}

function subList(key: string, rows: (ctx: Ctx, id: string) => Json[]) {
	return (ctx: Ctx) => {
		const contact = contactOr404(ctx);
		return ok({ [key]: pageIfAsked(rows(ctx, contact.id), ctx.query) });
	};
}

export function mountContacts(router: Router): void {
	const contactList = (ctx: Ctx) => ({ ...contactSpec, ...listSpec(ctx), present: presentListItem }) as ResourceSpec;
	router.add('GET', '/contacts', (ctx) => {
		const spec = contactList(ctx);
		const reply = listReply(spec, ctx);
		const { limit, offset } = { limit: Math.min(Number(queryValue(ctx.query, 'limit')) || 20, 100), offset: Number(queryValue(ctx.query, 'offset')) || 0 };
		const body = reply.body;
		return ok({
			scoreValues: [],
			contacts: body.contacts,
			meta: {
				page_input: {
					segmentid: queryValue(ctx.query, 'segmentid') ?? null,
					formid: Number(queryValue(ctx.query, 'formid') ?? 0),
					listid: Number(queryValue(ctx.query, 'listid') ?? 0),
					tagid: Number(queryValue(ctx.query, 'tagid') ?? 0),
					limit,
					offset,
					search: queryValue(ctx.query, 'search') ?? null,
					sort: null,
					seriesid: Number(queryValue(ctx.query, 'seriesid') ?? 0),
					waitid: Number(queryValue(ctx.query, 'waitid') ?? 0),
					status: Number(queryValue(ctx.query, 'status') ?? -1),
					forceQuery: Number(queryValue(ctx.query, 'forceQuery') ?? 0),
					cacheid: createHash('md5').update(JSON.stringify(ctx.query)).digest('hex'),
				},
				total: body.meta.total,
				sortable: true,
			},
		});
	}, listHonours(contactList({} as Ctx)));

	router.add('POST', '/contacts', (ctx) => {
		const input = unwrap(ctx.body, 'contact');
		validateEmail(input, ctx);
		const now = ctx.store.now();
		const row = ctx.store.table('contacts').insert({ _c: now, _u: now, ...contactFields(input) });
		contactSpec.afterCreate?.(row, input, ctx);
		return ok({ ...contactSideloadFieldValues(ctx, row.id, Array.isArray(input.fieldValues)), contact: presentCreated(row, ctx) }, 201);
	});

	router.add('POST', '/contact/sync', (ctx) => {
		const input = unwrap(ctx.body, 'contact');
		if (isBlank(input.email))
			throw unprocessable({ title: 'Contact Email Address is not valid.', code: 'field_missing', pointer: '/data/attributes/email' });
		const existing = findContactByEmail(ctx, str(input.email));
		const sent = Array.isArray(input.fieldValues);
		if (existing) {
			const { email: _ignored, ...rest } = input;
			updateRow(contactSpec, existing, rest, ctx);
			return ok({ ...contactSideloadFieldValues(ctx, existing.id, sent), contact: presentContact(existing, ctx) }, 200);
		}
		validateEmail(input, ctx);
		const now = ctx.store.now();
		const row = ctx.store.table('contacts').insert({ _c: now, _u: now, ...contactFields(input) });
		contactSpec.afterCreate?.(row, input, ctx);
		return ok({ ...contactSideloadFieldValues(ctx, row.id, sent), contact: presentContact(row, ctx) }, 201);
	});

	router.add('GET', '/contacts/:id', (ctx) => {
		const row = contactOr404(ctx);
		const store = ctx.store;
		const lists = store.table('contactLists').where((membership) => membership.contact === row.id);
		const enrolments = store.table('contactAutomations').where((enrolment) => enrolment.contact === row.id);
		const deals = store.table('deals').where((deal) => deal.contact === row.id);
		const fieldValues = store.table('fieldValues').where((fieldValue) => fieldValue.contact === row.id);
		const accountContacts = store.table('accountContacts').where((accountContact) => accountContact.contact === row.id);
		const body = presentContact(row, ctx);
		const { links: contactLinks, id, organization } = body;
		delete body.links;
		delete body.id;
		delete body.organization;
		return ok({
			contactAutomations: enrolments.map((enrolment) => presentContactAutomation(enrolment, ctx)),
			contactLists: lists.map((membership) => presentContactList(membership, ctx, true)),
			deals: deals.map((deal) => presentDeal(deal, ctx)),
			fieldValues: fieldValues.map((fieldValue) => presentFieldValue(fieldValue, ctx)),
			geoIps: [],
			accountContacts: accountContacts.map((accountContact) => accountContactSpec.present(accountContact, ctx, 'get')),
			contact: {
				...body,
				contactAutomations: enrolments.map((enrolment) => enrolment.id),
				contactLists: lists.map((membership) => membership.id),
				fieldValues: fieldValues.map((fieldValue) => fieldValue.id),
				geoIps: [],
				deals: deals.map((deal) => deal.id),
				accountContacts: accountContacts.map((accountContact) => accountContact.id),
				links: contactLinks,
				id,
				organization,
			},
		});
	});

	router.add('PUT|PATCH', '/contacts/:id', (ctx) => {
		const row = findOr404(contactSpec, ctx, ctx.params.id, 'update');
		const input = unwrap(ctx.body, 'contact');
		updateRow(contactSpec, row, input, ctx);
		return ok({ ...contactSideloadFieldValues(ctx, row.id, Array.isArray(input.fieldValues)), contact: presentContact(row, ctx) });
	});

	router.add('DELETE', '/contacts/:id', (ctx) => {
		const row = ctx.store.table('contacts').get(ctx.params.id);
		if (!row) throw new ApiError(404, { message: `No result found for contact with id ${ctx.params.id}` });
		deleteContact(ctx, row);
		return ok({});
	});

	router.add(
		'GET',
		'/contacts/:id/contactLists',
		subList('contactLists', (ctx, id) => ctx.store.table('contactLists').where((membership) => membership.contact === id).map((membership) => presentContactList(membership, ctx, true))),
		PAGING,
	);
	router.add(
		'GET',
		'/contacts/:id/contactTags',
		subList('contactTags', (ctx, id) => ctx.store.table('contactTags').where((contactTag) => contactTag.contact === id).map((contactTag) => presentContactTag(contactTag, ctx))),
		PAGING,
	);
	router.add(
		'GET',
		'/contacts/:id/fieldValues',
		subList('fieldValues', (ctx, id) => ctx.store.table('fieldValues').where((fieldValue) => fieldValue.contact === id).map((fieldValue) => presentFieldValue(fieldValue, ctx))),
		PAGING,
	);
	router.add(
		'GET',
		'/contacts/:id/contactAutomations',
		subList('contactAutomations', (ctx, id) =>
			ctx.store.table('contactAutomations').where((enrolment) => enrolment.contact === id).map((enrolment) => presentContactAutomation(enrolment, ctx)),
		),
		PAGING,
	);
	router.add(
		'GET',
		'/contacts/:id/notes',
		subList('notes', (ctx, id) =>
			ctx.store.table('notes').where((note) => note.reltype === 'Subscriber' && note.relid === id).map((note) => presentNote(note, ctx)),
		),
		PAGING,
	);
	router.add(
		'GET',
		'/contacts/:id/deals',
		subList('deals', (ctx, id) => ctx.store.table('deals').where((deal) => deal.contact === id).map((deal) => presentDeal(deal, ctx))),
		PAGING,
	);
	router.add(
		'GET',
		'/contacts/:id/contactDeals',
		subList('contactDeals', (ctx, id) =>
			ctx.store.table('contactDeals').where((contactDeal) => contactDeal.contact === id).map((contactDeal) => ({
				contact: contactDeal.contact,
				deal: contactDeal.deal,
				role: contactDeal.role ?? '0',
				cdate: isoDate(contactDeal._c),
				links: links(ctx, 'contactDeals', contactDeal.id, ['deal', 'contact', 'role']),
				id: contactDeal.id,
			})),
		),
		PAGING,
	);
	router.add(
		'GET',
		'/contacts/:id/accountContacts',
		subList('accountContacts', (ctx, id) =>
			ctx.store.table('accountContacts').where((accountContact) => accountContact.contact === id).map((accountContact) => accountContactSpec.present(accountContact, ctx, 'list')),
		),
		PAGING,
	);
	for (const key of ['bounceLogs', 'contactData', 'contactGoals', 'contactLogs', 'geoIps', 'trackingLogs', 'automationEntryCounts'])
		router.add('GET', `/contacts/:id/${key}`, subList(key, () => []), PAGING);
	router.add('GET', '/contacts/:id/organization', (ctx) => {
		contactOr404(ctx);
		return ok({ organization: null });
	});
	router.add('GET', '/contacts/:id/plusAppend', (ctx) => {
		contactOr404(ctx);
		return ok({ plusAppend: null });
	});
}

