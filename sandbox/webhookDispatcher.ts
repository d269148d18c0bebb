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
	const contact = store.table('contacts').get(contactId);
	if (!contact) return [];
	const tags = store
		.table('contactTags')
		.where((contactTag) => contactTag.contact === contact.id)
		.map((contactTag) => store.table('tags').get(contactTag.tag)?.tag)
		.filter((tagName): tagName is string => !!tagName);
	const out: Array<[string, string]> = [
		['contact[id]', contact.id],
		['contact[email]', contact.email],
		['contact[first_name]', contact.firstName],
		['contact[last_name]', contact.lastName],
		['contact[phone]', contact.phone],
		['contact[tags]', tags.join(', ')],
		['contact[orgname]', contact.orgname],
		['contact[ip]', '0.0.0.0'],
	];
	for (const fieldValue of store.table('fieldValues').where((fieldValue) => fieldValue.contact === contact.id)) out.push([`contact[fields][${fieldValue.field}]`, fieldValue.value]);
	return out;
}

export function dealBlock(store: Store, deal: Row): Array<[string, string]> {
	const stage = store.table('dealStages').get(deal.stage);
	const group = store.table('dealGroups').get(deal.group);
	const owner = store.table('users').get(deal.owner);
	const contact = deal.contact ? store.table('contacts').get(deal.contact) : undefined;
	const account = deal.account ? store.table('accounts').get(deal.account) : undefined;
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
	const list = store.table('lists').get(listId);
	if (!list) return [];
	return [
		['list[id]', list.id],
		['list[userid]', list.userid],
		['list[name]', list.name],
		['list[sender_addr1]', list.sender_addr1 ?? ''],
		['list[sender_addr2]', ''],
		['list[sender_city]', list.sender_city ?? ''],
		['list[sender_zip]', list.sender_zip ?? ''],
		['list[sender_state]', ''],
		['list[sender_country]', list.sender_country ?? ''],
		['list[fulladdress]', ''],
		['list[sender_url]', list.sender_url],
		['list[sender_reminder]', list.sender_reminder],
	];
}

/** Build the flat PHP-bracket form body for one event. */
export function buildPayload(store: Store, type: string, data: EventData, occurredAt = Date.now()): string {
	const source = data.source ?? 'api';
	const scopedList = type === 'list_add' ? '0' : (data.listId ?? '0');
	const pairs: Array<[string, string]> = [
		['type', type],
		['date_time', isoDate(occurredAt)],
		['initiated_from', source],
		['initiated_by', source],
		['list', scopedList],
	];
	if (type === 'list_add' && data.listId) pairs.push(...listBlock(store, data.listId));
	const deal = data.dealId ? store.table('deals').get(data.dealId) : undefined;
	if (deal) pairs.push(...dealBlock(store, deal));
	(data.updatedFields ?? []).forEach((field, i) => pairs.push([`updated_fields[${i}]`, field]));
	for (const [key, value] of Object.entries(data.extra ?? {})) pairs.push([key, value]);
	const contactId = data.contactId ?? deal?.contact ?? undefined;
	if (contactId) {
		const block = contactBlock(store, contactId);
		if (block.length) {
			pairs.push(...block);
			pairs.push(['orgname', store.table('contacts').get(contactId)?.orgname ?? '']);
		}
	}
	const params = new URLSearchParams();
	for (const [key, value] of pairs) params.append(key, value ?? '');
	return params.toString();
}

/**
 * The body an automation's "Webhook" action posts for one contact: the contact block of webhook events, but
 * custom fields under their lower-case personalization tag (API.md §7.4, third-party: `contact[fields][member_id]`),
 * plus `seriesid` (the automation) and `date_time`. ActiveCampaign documents no `type` for these calls.
 */
export function buildAutomationPayload(store: Store, contactId: string, automationId: string, occurredAt = Date.now()): string {
	const pairs: Array<[string, string]> = [
		['seriesid', automationId],
		['date_time', isoDate(occurredAt)],
	];
	for (const [key, value] of contactBlock(store, contactId)) {
		const field = /^contact\[fields\]\[(\d+)\]$/.exec(key)?.[1];
		const tag = field === undefined ? undefined : store.table('fields').get(field)?.perstag;
		pairs.push([tag ? `contact[fields][${String(tag).toLowerCase()}]` : key, value]);
	}
	pairs.push(['orgname', store.table('contacts').get(contactId)?.orgname ?? '']);
	const params = new URLSearchParams();
	for (const [key, value] of pairs) params.append(key, value ?? '');
	return params.toString();
}

interface PendingDelivery {
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
		return this.store.table('webhooks').where((webhook) => {
			if (webhook._disabled || !webhook.events.includes(type) || !webhook.sources.includes(source)) return false;
			if (webhook.listid === '0' || LIST_AGNOSTIC.has(type)) return true;
			if (data.listId && data.listId !== '0') return data.listId === webhook.listid;
			// Not list-scoped (e.g. contact update): fire when the contact is on the webhook's list.
			return !!data.contactId && !!this.store.table('contactLists').find((membership) => membership.contact === data.contactId && membership.list === webhook.listid);
		});
	}

	/** Snapshot payloads now; returns the pending deliveries to send later. */
	prepare(type: string, data: EventData): PendingDelivery[] {
		const targets = this.targets(type, data);
		if (!targets.length) return [];
		const body = buildPayload(this.store, type, data);
		return targets.map((webhook) => ({ webhook, type, body }));
	}

	/** Send prepared deliveries (fire and forget; never throws). Resolves when all are recorded. */
	send(pending: PendingDelivery[]): Promise<WebhookDelivery[]> {
		if (!this.enabled || !pending.length) return Promise.resolve([]);
		return Promise.all(pending.map((delivery) => this.deliver(delivery)));
	}

	/**
	 * An automation's Webhook action reaching this contact: posts the contact to `url` (no webhook is registered
	 * for it; the delivery is logged with webhookId '' and type 'automation'). Never retried, like webhooks.
	 */
	sendAutomationCall(url: string, contactId: string, automationId: string): Promise<WebhookDelivery[]> {
		if (!this.enabled) return Promise.resolve([]);
		const body = buildAutomationPayload(this.store, contactId, automationId);
		return Promise.all([this.deliver({ webhook: { id: '', url }, type: 'automation', body })]);
	}

	private deliver(delivery: PendingDelivery): Promise<WebhookDelivery> {
		this.inflight++;
		return new Promise<WebhookDelivery>((resolve) => {
			const record: WebhookDelivery = { url: delivery.webhook.url, body: delivery.body, type: delivery.type, webhookId: delivery.webhook.id, at: Date.now() };
			let done = false;
			const finish = (status?: number, error?: string) => {
				if (done) return;
				done = true;
				if (status !== undefined) record.status = status;
				if (error !== undefined) record.error = error;
				if (status === 410) delivery.webhook._disabled = true;
				this.inflight--;
				this.deliveries.push(record);
				this.notify();
				resolve(record);
			};
			try {
				const url = new URL(delivery.webhook.url);
				const transport = url.protocol === 'https:' ? https : http;
				const req = transport.request(
					url,
					{
						method: 'POST',
						headers: {
							'Content-Type': 'application/x-www-form-urlencoded',
							'Content-Length': Buffer.byteLength(delivery.body),
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
				req.on('error', (error) => finish(undefined, error.message));
				req.end(delivery.body);
			} catch (error) {
				finish(undefined, (error as Error).message);
			}
		});
	}

	private notify(): void {
		const waiters = this.waiters;
		this.waiters = [];
		for (const wake of waiters) wake();
	}

	waitFor(count: number, timeoutMs = 5000): Promise<WebhookDelivery[]> {
		return new Promise((resolve, reject) => {
			const check = (): boolean => {
				if (this.deliveries.length >= count) {
					clearTimeout(timer);
					resolve(this.deliveries.slice());
					return true;
				}
				return false;
			};
			const timer = setTimeout(() => {
				reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${count} webhook deliveries (got ${this.deliveries.length})`));
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
