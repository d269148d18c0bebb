/** Webhook subscriptions (/webhooks) and the event catalogue (/webhook/events). */
import type { Ctx } from '../context';
import { mount, type ResourceSpec } from '../crud';
import { isBlank, ok, str, unprocessable } from '../http';
import { contains } from '../query';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoDate } from '../time';
import { WEBHOOK_EVENTS, WEBHOOK_SOURCES } from '../webhookDispatcher';

function checkUrl(url: string): void {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw unprocessable({ title: 'The webhook url is invalid.', code: 'field_invalid', pointer: '/data/attributes/url' });
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
		throw unprocessable({ title: 'The webhook url is invalid.', code: 'field_invalid', pointer: '/data/attributes/url' });
	if (parsed.protocol === 'https:' && parsed.port !== '' && parsed.port !== '443')
		throw unprocessable({ title: 'HTTPS webhooks can only be sent to port 443.', code: 'field_invalid', pointer: '/data/attributes/url' });
}

function checkList(field: 'events' | 'sources', value: Json, allowed: readonly string[]): string[] {
	if (!Array.isArray(value) || value.length === 0)
		throw unprocessable({ title: `The webhook ${field} was not provided.`, code: 'field_missing', pointer: `/data/attributes/${field}` });
	const bad = value.filter((item) => !allowed.includes(str(item)));
	if (bad.length)
		throw unprocessable({ title: `Invalid webhook ${field}: ${bad.join(', ')}`, code: 'field_invalid', pointer: `/data/attributes/${field}` });
	return value.map((item) => str(item));
}

export const webhookSpec: ResourceSpec = {
	table: 'webhooks',
	singular: 'webhook',
	model: 'Webhook',
	build(input) {
		for (const field of ['name', 'url'])
			if (isBlank(input[field])) throw unprocessable({ title: `The webhook ${field} was not provided.`, code: 'field_missing', pointer: `/data/attributes/${field}` });
		checkUrl(str(input.url));
		return {
			name: str(input.name),
			url: str(input.url),
			events: checkList('events', input.events, WEBHOOK_EVENTS),
			sources: checkList('sources', input.sources, WEBHOOK_SOURCES),
			listid: str(input.listid, '0'),
			_disabled: false,
		};
	},
	apply(row, input) {
		if (input.name !== undefined) row.name = str(input.name);
		if (input.url !== undefined) {
			checkUrl(str(input.url));
			row.url = str(input.url);
		}
		if (input.events !== undefined) row.events = checkList('events', input.events, WEBHOOK_EVENTS);
		if (input.sources !== undefined) row.sources = checkList('sources', input.sources, WEBHOOK_SOURCES);
		if (input.listid !== undefined) row.listid = str(input.listid, '0');
	},
	present: (row: Row, _ctx: Ctx) => ({
		cdate: isoDate(row._c),
		listid: row.listid,
		name: row.name,
		url: row.url,
		events: [...row.events],
		sources: [...row.sources],
		links: [],
		id: row.id,
	}),
	filters: {
		name: contains('name'),
		url: contains('url'),
		listid: (row, value) => row.listid === value,
	},
};

export function mountWebhooks(router: Router): void {
	router.add('GET', '/webhook/events', () => ok({ webhookEvents: [...WEBHOOK_EVENTS], meta: { total: WEBHOOK_EVENTS.length } }));
	mount(router, webhookSpec);
}
