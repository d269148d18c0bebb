/** Automations (read-only) and contact enrolment (/contactAutomations). */
import { links, type Ctx } from '../context';
import { mount, type ResourceSpec } from '../crud';
import { ApiError, isBlank, ok, str } from '../http';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoDate, isoOrNull } from '../time';
import { presentContact } from './contacts';

const AUTOMATION_LINKS = ['campaigns', 'contactGoals', 'contactAutomations', 'blocks', 'goals', 'sms', 'sitemessages', 'triggers'];

export function presentAutomation(row: Row, ctx: Ctx, operation: string): Json {
	const enrolled = ctx.store.table('contactAutomations').where((enrolment) => enrolment.seriesid === row.id);
	return {
		name: row.name,
		cdate: isoDate(row._c),
		mdate: isoDate(row._u),
		userid: '1',
		status: row.status,
		entered: String(enrolled.length),
		exited: String(enrolled.filter((enrolment) => enrolment.status === '2').length),
		hidden: '0',
		entitlements_violation: '0',
		source: '6',
		description: row.description,
		exit_on_unsubscribe: '0',
		exit_on_conversion: '0',
		multientry: row.multientry,
		...(operation === 'list' ? { defaultscreenshot: '//img-us1.com/default-series.gif', screenshot: '' } : {}),
		links: links(ctx, 'automations', row.id, AUTOMATION_LINKS),
		id: row.id,
	};
}

export function presentContactAutomation(row: Row, ctx: Ctx): Json {
	return {
		contact: row.contact,
		seriesid: row.seriesid,
		startid: '0',
		status: row.status,
		batchid: null,
		adddate: isoDate(row._c),
		remdate: isoOrNull(row._rem),
		timespan: '0',
		lastblock: row.lastblock,
		lastlogid: '0',
		lastdate: isoDate(row._u),
		in_als: '0',
		completedElements: row.completedElements,
		totalElements: row.totalElements,
		completed: row.status === '2' ? 1 : 0,
		completeValue: row.status === '2' ? 100 : 0,
		links: links(ctx, 'contactAutomations', row.id, ['automation', 'contact', 'contactGoals']),
		id: row.id,
		automation: row.seriesid,
	};
}

export const automationSpec: ResourceSpec = {
	table: 'automations',
	singular: 'automation',
	model: 'Series',
	ops: ['list', 'get'],
	build() {
		throw new ApiError(405, {});
	},
	present: (row, ctx, operation) => presentAutomation(row, ctx, operation),
	listMeta: (rows) => ({
		starts: rows.map((automation, i) => ({ id: String(i + 1), series: automation.id, type: automation._start ?? 'subscribe', dealfield: false })),
		filtered: false,
		smsLogs: [],
	}),
};

/** Enrol a contact (idempotent unless the automation allows multiple entries). */
export function enrol(ctx: Ctx, contactId: string, automationId: string): Row {
	const now = ctx.store.now();
	return ctx.store.table('contactAutomations').insert({
		_c: now,
		_u: now,
		contact: contactId,
		seriesid: automationId,
		status: '1',
		lastblock: '1',
		completedElements: '0',
		totalElements: '3',
	});
}

const couldNotCreate = () => new ApiError(403, { message: 'Could not create SubscriberSeries' });

export const contactAutomationSpec: ResourceSpec = {
	table: 'contactAutomations',
	singular: 'contactAutomation',
	model: 'SubscriberSeries',
	ops: ['list', 'get', 'delete'],
	notFoundStatus: { delete: 403 },
	build() {
		throw couldNotCreate();
	},
	present: (row, ctx) => presentContactAutomation(row, ctx),
	listMeta: () => ({ showcase_stats: [] }),
};

export function mountAutomations(router: Router): void {
	mount(router, automationSpec);
	router.add('POST', '/contactAutomations', (ctx) => {
		const input = ctx.body?.contactAutomation ?? {};
		if (isBlank(input.contact) || isBlank(input.automation)) throw couldNotCreate();
		const contact = ctx.store.table('contacts').get(str(input.contact));
		const automation = ctx.store.table('automations').get(str(input.automation));
		if (!contact || !automation || automation.status !== '1') throw couldNotCreate();
		const active = ctx.store.table('contactAutomations').find((enrolment) => enrolment.contact === contact.id && enrolment.seriesid === automation.id && enrolment.status === '1');
		const row = active && automation.multientry !== '1' ? active : enrol(ctx, contact.id, automation.id);
		return ok({ contacts: [presentContact(contact, ctx)], contactAutomation: presentContactAutomation(row, ctx) }, 201);
	});
	router.add('GET', '/automations/:id/contactAutomations', (ctx) => {
		const automation = ctx.store.table('automations').get(ctx.params.id);
		if (!automation) throw new ApiError(404, { message: `No Result found for Series with id ${ctx.params.id}` });
		return ok({ contactAutomations: ctx.store.table('contactAutomations').where((enrolment) => enrolment.seriesid === automation.id).map((enrolment) => presentContactAutomation(enrolment, ctx)) });
	});
	mount(router, contactAutomationSpec);
}
