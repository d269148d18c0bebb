/** Contact <-> list membership (/contactLists). status 1 = subscribed, 2 = unsubscribed. */
import { links, type Ctx } from '../context';
import { ApiError, isBlank, notFound, ok, str, unprocessable, unwrap } from '../http';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoOrNull, sqlDate } from '../time';

const CONTACT_LIST_LINKS = ['automation', 'list', 'contact', 'form', 'autosyncLog', 'campaign', 'unsubscribeAutomation', 'message'];

export function presentContactList(membership: Row, ctx: Ctx, withChannel = false): Json {
	const contact = ctx.store.table('contacts').get(membership.contact);
	return {
		contact: membership.contact,
		list: membership.list,
		form: null,
		seriesid: '0',
		sdate: isoOrNull(membership._sdate),
		udate: isoOrNull(membership._unsub),
		status: membership.status,
		responder: '1',
		sync: '0',
		unsubreason: membership.unsubreason ?? '',
		campaign: null,
		message: null,
		first_name: contact?.firstName ?? '',
		last_name: contact?.lastName ?? '',
		ip4Sub: '0',
		sourceid: membership.sourceid,
		autosyncLog: null,
		ip4_last: '0',
		ip4Unsub: '0',
		created_timestamp: sqlDate(membership._c),
		updated_timestamp: sqlDate(membership._u),
		created_by: null,
		updated_by: null,
		unsubscribeAutomation: null,
		...(withChannel ? { channel: 'email' } : {}),
		links: links(ctx, 'contactLists', membership.id, CONTACT_LIST_LINKS),
		id: membership.id,
		automation: null,
	};
}

/** Subscribe (1) / unsubscribe (2) a contact; emits subscribe/unsubscribe when the status changes. */
export function setMembership(ctx: Ctx, contactId: string, listId: string, status: string, sourceid?: string): Row {
	const store = ctx.store;
	const now = store.now();
	let membership = store.table('contactLists').find((candidate) => candidate.contact === contactId && candidate.list === listId);
	const changed = !membership || membership.status !== status;
	if (!membership) {
		membership = store.table('contactLists').insert({ _c: now, _u: now, contact: contactId, list: listId, status, sourceid: sourceid ?? '0' });
	} else {
		membership.status = status;
		membership._u = now;
		if (sourceid !== undefined) membership.sourceid = sourceid;
	}
	if (status === '1' && changed) {
		membership._sdate = now;
		membership._unsub = undefined;
	}
	if (status === '2' && changed) membership._unsub = now;
	if (changed && (status === '1' || status === '2')) {
		const contact = store.table('contacts').get(contactId);
		if (contact) store.touch(contact);
		ctx.emit(status === '1' ? 'subscribe' : 'unsubscribe', { contactId, listId });
	}
	return membership;
}

export function mountContactLists(router: Router): void {
	router.add('POST', '/contactLists', (ctx) => {
		const input = unwrap(ctx.body, 'contactList');
		for (const field of ['list', 'contact', 'status'])
			if (isBlank(input[field]))
				throw unprocessable({ title: `The contactList ${field} was not provided.`, code: 'field_missing', pointer: `/data/attributes/${field}` });
		const contactId = str(input.contact);
		const listId = str(input.list);
		if (!ctx.store.table('contacts').get(contactId)) throw notFound('Subscriber', contactId);
		if (!ctx.store.table('lists').get(listId)) throw notFound('_List', listId);
		const status = str(input.status);
		if (!['0', '1', '2', '3'].includes(status))
			throw unprocessable({ title: 'The contactList status is invalid.', code: 'field_invalid', pointer: '/data/attributes/status' });
		// AC records sourceid 4 ("API") when (re)subscribing through the API.
		const membership = setMembership(ctx, contactId, listId, status, input.sourceid !== undefined ? str(input.sourceid) : '4');
		const body = presentContactList(membership, ctx);
		body.status = typeof input.status === 'number' ? input.status : Number(status);
		return ok({ contactList: body }, 200);
	});

	router.add('GET', '/contactLists/:id', (ctx) => {
		const membership = ctx.store.table('contactLists').get(ctx.params.id);
		if (!membership) throw notFound('SubscriberList', ctx.params.id);
		return ok({ contactList: presentContactList(membership, ctx, true) });
	});

	router.add('DELETE', '/contactLists/:id', (ctx) => {
		const membership = ctx.store.table('contactLists').get(ctx.params.id);
		if (!membership) throw new ApiError(404, { message: `No Result found for SubscriberList with id ${ctx.params.id}` });
		ctx.store.table('contactLists').delete(membership.id);
		return ok({});
	});
}

