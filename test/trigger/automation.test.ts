/**
 * "From an automation's Webhook action": nothing registered, the URL with the node's Secret pasted into the
 * automation, each call (real form-encoded POSTs from the sandbox) one clean item.
 */
import type { IDataObject } from 'n8n-workflow';

import { ActiveCampaignTrigger } from '../../nodes/ActiveCampaignTrigger/ActiveCampaignTrigger.node';
import { AUTOMATION_EVENT, automationItem } from '../../nodes/ActiveCampaignTrigger/automation';
import { clearDuplicateMemory } from '../../nodes/ActiveCampaignTrigger/dedupe';
import { unflatten } from '../../nodes/ActiveCampaignTrigger/payload';
import { rig } from '../helpers/triggerRig';
import { emitted, useDeliveries } from './deliveries';
import { asN8n, formBody, type Pairs } from './fixtures';

const SECRET = 'automation-secret-0123456789';
const AUTOMATION = { mode: 'automation', automationSecret: SECRET };

/** What the automation step posts: fields under their lower-case personalization tag (API.md §7.4). */
const CALL: Pairs = [
	['seriesid', '7'],
	['date_time', '2026-05-28T05:03:40-05:00'],
	['contact[id]', '9'],
	['contact[email]', 'lrubiano@grplug.com'],
	['contact[first_name]', 'Lelia'],
	['contact[last_name]', 'Rubiano'],
	['contact[phone]', ''],
	['contact[tags]', 'vip, newsletter'],
	['contact[orgname]', ''],
	['contact[ip]', '0.0.0.0'],
	['contact[fields][preferred_language]', 'German'],
	['contact[fields][interests]', '||Product||Marketing||'],
	['contact[fields][3]', 'by id'],
	['orgname', ''],
];

async function controlPost(url: string, body: unknown): Promise<IDataObject> {
	const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
	const text = await response.text();
	if (!response.ok) throw new Error(`${url} → ${response.status} ${text}`);
	return JSON.parse(text) as IDataObject;
}

describe('automation calls from the sandbox pass through the trigger', () => {
	const delivery = useDeliveries();
	const { activate, api, delivered, calls } = delivery;

	const automationCall = (url: string, contactId: string, automationId = '3') =>
		controlPost(`${delivery.sandbox.url}/__sandbox/automation-webhooks`, { url, contactId, automationId });

	it('registers nothing and turns each call into a contact with custom fields by ID (and by name when enriched)', async () => {
		const trigger = await activate({ ...AUTOMATION, options: { enrich: true } });
		expect(delivery.sandbox.requests.filter((request) => request.path.startsWith('/api/3/webhook'))).toEqual([]);
		expect(trigger.persisted()['node:Trigger'] ?? {}).toEqual({});

		const { contact } = await api('POST', '/contacts', {
			contact: { email: 'ada@example.com', firstName: 'Ada', fieldValues: [{ field: '1', value: 'German' }, { field: '4', value: '12' }] },
		});
		const contactId = String((contact as IDataObject).id);
		await automationCall(`${trigger.url()}?secret=${SECRET}`, contactId);
		const [call] = await delivered(1);

		// The sandbox posted the fields under their personalization tags, as automations do.
		expect(delivery.sandbox.deliveries[0].body).toContain(encodeURIComponent('contact[fields][preferred_language]'));
		expect(call.status).toBe(200);
		const [item] = emitted([call]);
		expect(item).toMatchObject({ event: AUTOMATION_EVENT, automation: { id: '3' } });
		expect(Date.parse(String(item.occurredAt))).toBeGreaterThan(Date.now() - 60_000);
		expect(item.contact).toMatchObject({
			id: contactId,
			email: 'ada@example.com',
			firstName: 'Ada',
			fields: { '1': 'German', '4': '12' },
			fieldsByTag: { preferred_language: 'German', company_size: '12' },
			fieldsByTitle: { 'Preferred Language': 'German', 'Company Size': '12' },
		});
		expect(item.enrichmentError).toBeUndefined();
	});

	it('files tagged fields by ID without enrichment, reading the field definitions once', async () => {
		const trigger = await activate(AUTOMATION);
		const { contact } = await api('POST', '/contacts', {
			contact: { email: 'grace@example.com', fieldValues: [{ field: '7', value: 'Pro' }] },
		});
		const contactId = String((contact as IDataObject).id);
		const requestsBefore = delivery.sandbox.requests.length;
		await automationCall(`${trigger.url()}?secret=${SECRET}`, contactId, '4');
		await automationCall(`${trigger.url()}?secret=${SECRET}`, contactId, '5');
		const both = await delivered(2);
		const items = emitted(both);
		expect(items.map((item) => (item.contact as IDataObject).fields)).toEqual([{ '7': 'Pro' }, { '7': 'Pro' }]);
		expect(items.map((item) => (item.automation as IDataObject).id)).toEqual(['4', '5']);
		expect(items[0].contact).not.toHaveProperty('fieldsByTitle');
		const reads = delivery.sandbox.requests.slice(requestsBefore).map((request) => `${request.method} ${request.path}`);
		expect(reads).toEqual(['GET /api/3/fields']);
	});

	it('deletes the webhook the node registered in "Events" mode when it is switched to this mode', async () => {
		const { webhook } = await api('POST', '/webhooks', {
			webhook: { name: 'n8n: Lead sync', url: 'https://n8n.example.com/webhook/x/webhook?secret=old', events: ['update'], sources: ['api'] },
		});
		const webhookId = String((webhook as IDataObject).id);
		const switched = rig({
			nodeType: new ActiveCampaignTrigger(),
			parameters: AUTOMATION,
			credentials: { url: delivery.sandbox.url, apiToken: delivery.sandbox.token },
			staticData: { 'node:Trigger': { webhookId, secret: 'x'.repeat(48) } },
		});
		await switched.activate();
		expect(switched.persisted()['node:Trigger']).toEqual({});
		expect((await api('GET', '/webhooks')).webhooks).toEqual([]);
		await expect(switched.checkExists()).resolves.toBe(true);
	});

	it('answers 401 to a call without the secret or with another, and starts nothing', async () => {
		const trigger = await activate(AUTOMATION);
		await automationCall(trigger.url(), '1');
		await automationCall(`${trigger.url()}?secret=forged-secret-0000000`, '1');
		const refused = await delivered(2);
		expect(refused.map((call) => call.status)).toEqual([401, 401]);
		expect(emitted(calls)).toEqual([]);
	});
});

describe('automation mode, node by node', () => {
	beforeEach(() => clearDuplicateMemory());

	const trigger = (parameters: IDataObject = {}, staticData?: IDataObject) =>
		rig({
			nodeType: new ActiveCampaignTrigger(),
			parameters: { ...AUTOMATION, ...parameters },
			// Port 9: any API request fails, so these tests show which paths make none.
			credentials: { url: 'http://127.0.0.1:9', apiToken: 'unused' },
			staticData,
		});

	it('needs a usable secret to activate, and makes no API request', async () => {
		await expect(trigger({ automationSecret: '' }).activate()).rejects.toThrow(/Secret/);
		await expect(trigger({ automationSecret: 'short' }).activate()).rejects.toThrow(/at least 16/);
		await expect(trigger({ automationSecret: 'has spaces and & signs in it' }).activate()).rejects.toThrow(/at least 16/);
		const node = trigger();
		await expect(node.activate()).resolves.toBeUndefined();
		await expect(node.checkExists()).resolves.toBe(true);
		await expect(node.deactivate()).resolves.toBeUndefined();
	});

	it('refuses every call while the secret is unusable, even one carrying it', async () => {
		const call = await trigger({ automationSecret: 'short' }).call(asN8n(CALL), { secret: 'short' });
		expect(call.status).toBe(401);
		expect(call.items).toEqual([]);
	});

	it('turns a call into the nested item without API requests when no field needs a lookup', async () => {
		const numeric = CALL.filter(([key]) => !/fields\]\[[a-z]/.test(key));
		const call = await trigger({ options: { includeRaw: true } }).call(asN8n(numeric), { secret: SECRET });
		expect(call.status).toBe(200);
		expect(call.items).toHaveLength(1);
		const [item] = call.items;
		expect(item).toMatchObject({
			event: AUTOMATION_EVENT,
			occurredAt: '2026-05-28T10:03:40.000Z',
			automation: { id: '7' },
			contact: { id: '9', email: 'lrubiano@grplug.com', firstName: 'Lelia', tags: ['vip', 'newsletter'], fields: { '3': 'by id' } },
		});
		expect(item).not.toHaveProperty('seriesid');
		expect(item.enrichmentError).toBeUndefined();
		expect(item.raw).toEqual(asN8n(numeric));
	});

	it('still starts the workflow when tagged fields cannot be looked up, and says why', async () => {
		const call = await trigger().call(formBody(CALL), { secret: SECRET });
		expect(call.status).toBe(200);
		const contact = call.items[0].contact as IDataObject;
		expect(contact.fields).toEqual({ '3': 'by id' });
		expect(contact.fieldsByTag).toEqual({ preferred_language: 'German', interests: ['Product', 'Marketing'] });
		expect(String(call.items[0].enrichmentError)).not.toBe('');
	});

	it('answers 400 to a body without a contact, and 200 without a second run to the same call twice', async () => {
		const node = trigger({ options: { duplicateWindow: 60 } });
		for (const bad of [{}, '', 'seriesid=3', null, { type: 'update' }]) {
			const call = await node.call(bad, { secret: SECRET });
			expect(call.status).toBe(400);
			expect(String((call.res.body as IDataObject).error)).toMatch(/contact|body/i);
		}
		const numeric = asN8n(CALL.filter(([key]) => !/fields\]\[[a-z]/.test(key)));
		expect((await node.call(numeric, { secret: SECRET })).items).toHaveLength(1);
		const again = await node.call(numeric, { secret: SECRET });
		expect(again.items).toEqual([]);
		expect(again.response.webhookResponse).toMatchObject({ triggered: false, reason: 'duplicate delivery' });
	});

	it('removes the webhook it registered in "Events" mode once switched to this mode', async () => {
		const node = trigger({}, { 'node:Trigger': { webhookId: '12', secret: 'x'.repeat(48) } });
		// The sandbox is unreachable: the leftover cannot be deleted, activation still succeeds and keeps its ID.
		await expect(node.activate()).resolves.toBeUndefined();
		expect(node.persisted()['node:Trigger']).toMatchObject({ webhookId: '12' });
	});

	it('keeps the event name of a body that names one, and custom field keys in lower case', () => {
		const item = automationItem(unflatten(formBody([['type', 'custom'], ['contact[id]', '1'], ['contact[fields][PLAN]', 'Pro']])));
		expect(item.event).toBe('custom');
		expect(item.contact).toMatchObject({ fields: {}, fieldsByTag: { plan: 'Pro' } });
	});
});

describe('events mode is the default', () => {
	it('a node saved before the mode existed still registers its webhook and shows its events', () => {
		const node = new ActiveCampaignTrigger();
		const mode = node.description.properties.find((property) => property.name === 'mode');
		expect(mode?.default).toBe('events');
		const events = node.description.properties.find((property) => property.name === 'events');
		expect(events?.displayOptions).toEqual({ show: { mode: ['events'] } });
	});
});
