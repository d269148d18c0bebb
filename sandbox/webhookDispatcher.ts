/** Outgoing webhooks: event catalogue, AC-style form-encoded payloads, asynchronous delivery and a delivery log. */
import http from 'node:http';
import https from 'node:https';
import type { EventData } from './context';
import type { Row, Store } from './store';
import { isoDate, sqlDate } from './time';
import type { WebhookDelivery } from './types';

/** The 25 events AC documents for /webhook/events plus the 5 account/contact-task events AC references elsewhere. */
export const WEBHOOK_EVENTS = [
	'bounce',
	'click',
	'contact_tag_added',
	'contact_tag_removed',
	'deal_add',
	'deal_note_add',
	'deal_pipeline_add',
	'deal_stage_add',
	'deal_task_add',
	'deal_task_complete',
	'deal_tasktype_add',
	'deal_update',
	'forward',
	'list_add',
	'open',
	'reply',
	'sent',
	'share',
	'sms_reply',
	'sms_sent',
	'sms_unsub',
	'subscribe',
	'subscriber_note',
	'unsubscribe',
	'update',
	'contact_task_add',
	'account_add',
	'account_update',
	'account_contact_add',
	'account_contact_update',
] as const;

export const WEBHOOK_SOURCES = ['public', 'admin', 'api', 'system'] as const;

/** Events on which a webhook's `listid` has no effect (§7.1). */
const LIST_AGNOSTIC = new Set([
	'subscriber_note',
	'contact_tag_added',
	'contact_tag_removed',
	'contact_task_add',
	'list_add',
	'sms_sent',
	'sms_reply',
	'sms_unsub',
	'deal_add',
	'deal_update',
	'deal_note_add',
	'deal_pipeline_add',
	'deal_stage_add',
	'deal_task_add',
	'deal_tasktype_add',
	'deal_task_complete',
	'account_add',
	'account_update',
	'account_contact_add',
	'account_contact_update',
]);

const CURRENCY_SYMBOL: Record<string, string> = { usd: '$', eur: '€', gbp: '£', jpy: '¥', aud: '$', cad: '$' };

export function contactBlock(store: Store, contactId: string): Array<[string, string]> {
	const c = store.t('contacts').get(contactId);
	if (!c) return [];
	const tags = store
		.t('contactTags')
		.where((m) => m.contact === c.id)
		.map((m) => store.t('tags').get(m.tag)?.tag)
		.filter((t): t is string => !!t);
	const out: Array<[string, string]> = [
		['contact[id]', c.id],
		['contact[email]', c.email],
		['contact[first_name]', c.firstName],
		['contact[last_name]', c.lastName],
		['contact[phone]', c.phone],
		['contact[tags]', tags.join(', ')],
		['contact[orgname]', c.orgname],
		['contact[ip]', '0.0.0.0'],
	];
	for (const v of store.t('fieldValues').where((f) => f.contact === c.id)) out.push([`contact[fields][${v.field}]`, v.value]);
	return out;
}

export function dealBlock(store: Store, deal: Row): Array<[string, string]> {
	const stage = store.t('dealStages').get(deal.stage);
	const group = store.t('dealGroups').get(deal.group);
	const owner = store.t('users').get(deal.owner);
	const contact = deal.contact ? store.t('contacts').get(deal.contact) : undefined;
	const account = deal.account ? store.t('accounts').get(deal.account) : undefined;
	const cents = Number(deal.value) || 0;
	return [
		['deal[id]', deal.id],
		['deal[title]', deal.title],
		['deal[create_date]', sqlDate(deal._c)],
		['deal[create_date_iso]', isoDate(deal._c)],
		['deal[orgid]', account?.id ?? '0'],
		['deal[orgname]', account?.name ?? ''],
		['deal[stageid]', deal.stage],
		['deal[stage_title]', stage?.title ?? ''],
		['deal[pipelineid]', deal.group],
		['deal[pipeline_title]', group?.title ?? ''],
		['deal[value]', (cents / 100).toFixed(2)],
		['deal[value_raw]', String(Math.round(cents / 100))],
		['deal[currency]', deal.currency],
		['deal[currency_symbol]', CURRENCY_SYMBOL[deal.currency] ?? ''],
		['deal[status]', deal.status],
		['deal[owner]', deal.owner],
		['deal[owner_firstname]', owner?.firstName ?? ''],
		['deal[owner_lastname]', owner?.lastName ?? ''],
		['deal[contactid]', contact?.id ?? '0'],
		['deal[contact_email]', contact?.email ?? ''],
		['deal[contact_firstname]', contact?.firstName ?? ''],
		['deal[contact_lastname]', contact?.lastName ?? ''],
	];
}

function listBlock(store: Store, listId: string): Array<[string, string]> {
	const l = store.t('lists').get(listId);
	if (!l) return [];
	return [
		['list[id]', l.id],
		['list[userid]', l.userid],
		['list[name]', l.name],
		['list[sender_addr1]', l.sender_addr1 ?? ''],
		['list[sender_addr2]', ''],
		['list[sender_city]', l.sender_city ?? ''],
		['list[sender_zip]', l.sender_zip ?? ''],
		['list[sender_state]', ''],
		['list[sender_country]', l.sender_country ?? ''],
		['list[fulladdress]', ''],
		['list[sender_url]', l.sender_url],
		['list[sender_reminder]', l.sender_reminder],
	];
}

/** Build the flat PHP-bracket form body for one event. */
export function buildPayload(store: Store, type: string, data: EventData, at = Date.now()): string {
	const source = data.source ?? 'api';
	const scopedList = type === 'list_add' ? '0' : (data.listId ?? '0');
	const pairs: Array<[string, string]> = [
		['type', type],
		['date_time', isoDate(at)],
		['initiated_from', source],
		['initiated_by', source],
		['list', scopedList],
	];
	if (type === 'list_add' && data.listId) pairs.push(...listBlock(store, data.listId));
	const deal = data.dealId ? store.t('deals').get(data.dealId) : undefined;
	if (deal) pairs.push(...dealBlock(store, deal));
	(data.updatedFields ?? []).forEach((f, i) => pairs.push([`updated_fields[${i}]`, f]));
	for (const [k, v] of Object.entries(data.extra ?? {})) pairs.push([k, v]);
	const contactId = data.contactId ?? deal?.contact ?? undefined;
	if (contactId) {
		const block = contactBlock(store, contactId);
		if (block.length) {
			pairs.push(...block);
			pairs.push(['orgname', store.t('contacts').get(contactId)?.orgname ?? '']);
		}
	}
	const params = new URLSearchParams();
	for (const [k, v] of pairs) params.append(k, v ?? '');
	return params.toString();
}

interface Pending {
	webhook: Row;
	type: string;
	body: string;
}

export class WebhookDispatcher {
	readonly deliveries: WebhookDelivery[] = [];
	enabled = true;
	private waiters: Array<() => void> = [];
	private inflight = 0;

	constructor(private readonly store: Store) {}

	/** Webhooks that should receive this event (event, source, listid scoping, not disabled by a 410). */
	targets(type: string, data: EventData): Row[] {
		const source = data.source ?? 'api';
		return this.store.t('webhooks').where((w) => {
			if (w._disabled || !w.events.includes(type) || !w.sources.includes(source)) return false;
			if (w.listid === '0' || LIST_AGNOSTIC.has(type)) return true;
			if (data.listId && data.listId !== '0') return data.listId === w.listid;
			// Not list-scoped (e.g. contact update): fire when the contact is on the webhook's list.
			return !!data.contactId && !!this.store.t('contactLists').find((m) => m.contact === data.contactId && m.list === w.listid);
		});
	}

	/** Snapshot payloads now; returns the pending deliveries to send later. */
	prepare(type: string, data: EventData): Pending[] {
		const targets = this.targets(type, data);
		if (!targets.length) return [];
		const body = buildPayload(this.store, type, data);
		return targets.map((webhook) => ({ webhook, type, body }));
	}

	/** Send prepared deliveries (fire and forget; never throws). Resolves when all are recorded. */
	send(pending: Pending[]): Promise<WebhookDelivery[]> {
		if (!this.enabled || !pending.length) return Promise.resolve([]);
		return Promise.all(pending.map((p) => this.deliver(p)));
	}

	private deliver(p: Pending): Promise<WebhookDelivery> {
		this.inflight++;
		return new Promise<WebhookDelivery>((resolve) => {
			const rec: WebhookDelivery = { url: p.webhook.url, body: p.body, type: p.type, webhookId: p.webhook.id, at: Date.now() };
			let done = false;
			const finish = (status?: number, error?: string) => {
				if (done) return;
				done = true;
				if (status !== undefined) rec.status = status;
				if (error !== undefined) rec.error = error;
				if (status === 410) p.webhook._disabled = true;
				this.inflight--;
				this.deliveries.push(rec);
				this.notify();
				resolve(rec);
			};
			try {
				const url = new URL(p.webhook.url);
				const lib = url.protocol === 'https:' ? https : http;
				const req = lib.request(
					url,
					{
						method: 'POST',
						headers: {
							'Content-Type': 'application/x-www-form-urlencoded',
							'Content-Length': Buffer.byteLength(p.body),
							'User-Agent': 'ActiveCampaign-Webhook/1.0 (sandbox)',
						},
						timeout: 10_000,
					},
					(res) => {
						res.resume();
						res.on('end', () => finish(res.statusCode));
						res.on('error', () => finish(res.statusCode));
					},
				);
				req.on('timeout', () => req.destroy(new Error('timeout')));
				req.on('error', (e) => finish(undefined, e.message));
				req.end(p.body);
			} catch (e) {
				finish(undefined, (e as Error).message);
			}
		});
	}

	private notify(): void {
		const w = this.waiters;
		this.waiters = [];
		for (const fn of w) fn();
	}

	waitFor(n: number, timeoutMs = 5000): Promise<WebhookDelivery[]> {
		return new Promise((resolve, reject) => {
			const check = (): boolean => {
				if (this.deliveries.length >= n) {
					clearTimeout(timer);
					resolve(this.deliveries.slice());
					return true;
				}
				return false;
			};
			const timer = setTimeout(() => {
				reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${n} webhook deliveries (got ${this.deliveries.length})`));
			}, timeoutMs);
			const loop = () => {
				if (!check()) this.waiters.push(loop);
			};
			loop();
		});
	}

	get pending(): number {
		return this.inflight;
	}

	clear(): void {
		this.deliveries.length = 0;
	}
}
