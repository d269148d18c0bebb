/**
 * A contact's activity feed (`GET /activities?contact=`) and email activities (`GET /emailActivities`), read only.
 * The feed's shape is the spec's example; email activities have no documented example, so their records carry the
 * fields their filters name (`subscriberid`, deal in `d_id`) and what an email has.
 */
import { links, type Ctx } from '../context';
import { mount, type ResourceSpec } from '../crud';
import { ApiError, notFound, ok, queryValue } from '../http';
import { equals, paging } from '../query';
import type { Router } from '../router';
import type { Row, Store } from '../store';
import { isoDate, parseDate } from '../time';

const HOUR_MS = 3_600_000;

/** Four activities of contact 1, one of contact 2; two email activities (contact 1 on deal 1, contact 2). */
export function seedActivities(store: Store, at: number): void {
	const feed = [
		{ subscriberid: '1', reference_type: 'SubscriberEmail', reference_action: '', offset: 0 },
		{ subscriberid: '1', reference_type: 'Note', reference_action: 'add', offset: 1 },
		{ subscriberid: '2', reference_type: 'SubscriberList', reference_action: 'subscribe', offset: 2 },
		{ subscriberid: '1', reference_type: 'Deal', reference_action: 'add', offset: 3 },
		{ subscriberid: '1', reference_type: 'LinkData', reference_action: 'click', offset: 4 },
	];
	for (const entry of feed) {
		store.table('activities').insert({
			_c: at + entry.offset * HOUR_MS,
			_u: at + entry.offset * HOUR_MS,
			subscriberid: entry.subscriberid,
			reference_type: entry.reference_type,
			reference_id: String(entry.offset + 10),
			reference_action: entry.reference_action,
			userid: '1',
		});
	}
	store.table('emailActivities').insert({ _c: at, _u: at, subscriberid: '1', userid: '1', d_id: '1', fromAddress: 'admin@sandbox.example.com', toAddress: 'ada.lovelace@example.org', subject: 'Your proposal', message: 'Here it is.' });
	store.table('emailActivities').insert({ _c: at + HOUR_MS, _u: at + HOUR_MS, subscriberid: '2', userid: '1', d_id: '0', fromAddress: 'grace.hopper@example.net', toAddress: 'admin@sandbox.example.com', subject: 'Re: hello', message: 'Thanks!' });
}

function presentActivity(row: Row): Record<string, unknown> {
	return {
		tstamp: isoDate(row._c),
		subscriberid: row.subscriberid,
		reference_type: row.reference_type,
		reference_id: row.reference_id,
		reference_action: row.reference_action,
		jsonData: null,
		userid: row.userid,
		permission: '',
		referenceModelName: String(row.reference_type).toLowerCase(),
		notes: [],
		recipients: [],
		reference: { type: String(row.reference_type).toLowerCase(), id: row.reference_id },
		user: row.userid,
		id: row.id,
	};
}

/** `contact` is "Required"; `after` and `orders[tstamp]` as documented; `limit`/`offset`. */
function listActivities(ctx: Ctx) {
	const contactId = queryValue(ctx.query, 'contact');
	if (!contactId) throw new ApiError(400, {});
	const contact = ctx.store.table('contacts').get(contactId);
	if (!contact) throw notFound('Subscriber', contactId);
	const after = parseDate(queryValue(ctx.query, 'after'));
	const direction = String(queryValue(ctx.query, 'orders[tstamp]') ?? 'DESC').toUpperCase() === 'ASC' ? 1 : -1;
	const rows = ctx.store
		.table('activities')
		.where((row) => row.subscriberid === contact.id && (after === undefined || row._c > after))
		.sort((a, b) => direction * (a._c - b._c) || direction * (Number(a.id) - Number(b.id)));
	const { limit, offset } = paging(ctx.query);
	return ok({
		contacts: [{ cdate: isoDate(contact._c), email: contact.email, firstName: contact.firstName, lastName: contact.lastName, id: contact.id }],
		activities: rows.slice(offset, offset + limit).map(presentActivity),
		meta: { total: String(rows.length) },
	});
}

export const emailActivitySpec: ResourceSpec = {
	table: 'emailActivities',
	singular: 'emailActivity',
	model: 'EmailActivity',
	ops: ['list'],
	filters: { subscriberid: equals('subscriberid'), dealId: equals('d_id') },
	build: () => {
		throw new ApiError(405, {});
	},
	present: (row, ctx) => ({
		subscriberid: row.subscriberid,
		userid: row.userid,
		d_id: row.d_id,
		reltype: 'Subscriber',
		relid: row.subscriberid,
		fromAddress: row.fromAddress,
		toAddress: row.toAddress,
		ccAddress: '',
		subject: row.subject,
		message: row.message,
		messageType: 'text',
		tstamp: isoDate(row._c),
		links: links(ctx, 'emailActivities', row.id, ['subscriber', 'user', 'deal']),
		id: row.id,
	}),
};

export function mountActivities(router: Router): void {
	router.add('GET', '/activities', listActivities, ['contact', 'after', 'orders[tstamp]', 'limit', 'offset']);
	mount(router, emailActivitySpec);
}
