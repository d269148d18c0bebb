/** Contact <-> list membership (/contactLists). status 1 = subscribed, 2 = unsubscribed. */
import { links, type Ctx } from '../context';
import { ApiError, isBlank, notFound, ok, str, unprocessable, unwrap } from '../http';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoOrNull, sqlDate } from '../time';

const LINKS = ['automation', 'list', 'contact', 'form', 'autosyncLog', 'campaign', 'unsubscribeAutomation', 'message'];

export function presentContactList(m: Row, ctx: Ctx, withChannel = false): Json {
	const contact = ctx.store.t('contacts').get(m.contact);
	return {
		contact: m.contact,
		list: m.list,
		form: null,
		seriesid: '0',
		sdate: isoOrNull(m._sdate),
		udate: isoOrNull(m._unsub),
		status: m.status,
		responder: '1',
		sync: '0',
		unsubreason: m.unsubreason ?? '',
		campaign: null,
		message: null,
		first_name: contact?.firstName ?? '',
		last_name: contact?.lastName ?? '',
		ip4Sub: '0',
		sourceid: m.sourceid,
		autosyncLog: null,
		ip4_last: '0',
		ip4Unsub: '0',
		created_timestamp: sqlDate(m._c),
		updated_timestamp: sqlDate(m._u),
		created_by: null,
		updated_by: null,
		unsubscribeAutomation: null,
		...(withChannel ? { channel: 'email' } : {}),
		links: links(ctx, 'contactLists', m.id, LINKS),
		id: m.id,
		automation: null,
	};
}

/** Subscribe (1) / unsubscribe (2) a contact; emits subscribe/unsubscribe when the status changes. */
export function setMembership(ctx: Ctx, contactId: string, listId: string, status: string, sourceid?: string): Row {
	const s = ctx.store;
	const t = s.now();
	let m = s.t('contactLists').find((r) => r.contact === contactId && r.list === listId);
	const changed = !m || m.status !== status;
	if (!m) {
		m = s.t('contactLists').insert({ _c: t, _u: t, contact: contactId, list: listId, status, sourceid: sourceid ?? '0' });
	} else {
		m.status = status;
		m._u = t;
		if (sourceid !== undefined) m.sourceid = sourceid;
	}
	if (status === '1' && changed) {
		m._sdate = t;
		m._unsub = undefined;
	}
	if (status === '2' && changed) m._unsub = t;
	if (changed && (status === '1' || status === '2')) {
		const contact = s.t('contacts').get(contactId);
		if (contact) s.touch(contact);
		ctx.emit(status === '1' ? 'subscribe' : 'unsubscribe', { contactId, listId });
	}
	return m;
}

export function mountContactLists(router: Router): void {
	router.add('POST', '/contactLists', (ctx) => {
		const input = unwrap(ctx.body, 'contactList');
		for (const f of ['list', 'contact', 'status'])
			if (isBlank(input[f]))
				throw unprocessable({ title: `The contactList ${f} was not provided.`, code: 'field_missing', pointer: `/data/attributes/${f}` });
		const contactId = str(input.contact);
		const listId = str(input.list);
		if (!ctx.store.t('contacts').get(contactId)) throw notFound('Subscriber', contactId);
		if (!ctx.store.t('lists').get(listId)) throw notFound('_List', listId);
		const status = str(input.status);
		if (!['0', '1', '2', '3'].includes(status))
			throw unprocessable({ title: 'The contactList status is invalid.', code: 'field_invalid', pointer: '/data/attributes/status' });
		// AC records sourceid 4 ("API") when (re)subscribing through the API.
		const m = setMembership(ctx, contactId, listId, status, input.sourceid !== undefined ? str(input.sourceid) : '4');
		const body = presentContactList(m, ctx);
		body.status = typeof input.status === 'number' ? input.status : Number(status);
		return ok({ contactList: body }, 200);
	});

	router.add('GET', '/contactLists/:id', (ctx) => {
		const m = ctx.store.t('contactLists').get(ctx.params.id);
		if (!m) throw notFound('SubscriberList', ctx.params.id);
		return ok({ contactList: presentContactList(m, ctx, true) });
	});

	router.add('DELETE', '/contactLists/:id', (ctx) => {
		const m = ctx.store.t('contactLists').get(ctx.params.id);
		if (!m) throw new ApiError(404, { message: `No Result found for SubscriberList with id ${ctx.params.id}` });
		ctx.store.t('contactLists').delete(m.id);
		return ok({});
	});
}

