/**
 * End to end: the sandbox POSTs real form-encoded webhooks (caused by API changes) to a local HTTP server that
 * does what n8n's webhook server does (querystring.parse of body and query), which feeds webhook().
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuerystring } from 'node:querystring';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { ActiveCampaignTrigger } from '../../nodes/ActiveCampaignTrigger/ActiveCampaignTrigger.node';
import { clearDuplicateMemory } from '../../nodes/ActiveCampaignTrigger/dedupe';
import { clearEnrichmentCache } from '../../nodes/ActiveCampaignTrigger/enrich';
import { startSandbox, type Sandbox } from '../../sandbox';
import { sandboxApi } from '../helpers/requests';
import { rig, type TriggerRig, type WebhookCall } from './harness';

let sandbox: Sandbox;
let server: Server;
let base: string;
let current: TriggerRig | undefined;
const calls: WebhookCall[] = [];

beforeAll(async () => {
	sandbox = await startSandbox({ rateLimit: false });
	server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const query = parseQuerystring(new URL(req.url ?? '/', 'http://localhost').search.slice(1));
			const body = parseQuerystring(Buffer.concat(chunks).toString('utf8'));
			if (!current) {
				res.writeHead(404).end();
				return;
			}
			current
				.call(body, query as IDataObject)
				.then((call) => {
					calls.push(call);
					res.writeHead(call.status, { 'Content-Type': 'application/json' });
					res.end(JSON.stringify(call.res.body ?? call.response.webhookResponse ?? {}));
				})
				.catch((error: Error) => {
					// webhook() must never throw; make it visible if it does.
					calls.push({ response: {}, res: {} as never, items: [], status: 500 });
					res.writeHead(500).end(error.message);
				});
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
});

afterAll(async () => {
	await sandbox.close();
	await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
	sandbox.reset({ seed: true });
	calls.length = 0;
	current = undefined;
	clearDuplicateMemory();
	clearEnrichmentCache();
});

async function activate(parameters: INodeParameters): Promise<TriggerRig> {
	current = rig({
		nodeType: new ActiveCampaignTrigger(),
		parameters,
		credentials: { url: sandbox.url, apiToken: sandbox.token },
		webhookBase: base,
	});
	await current.activate();
	return current;
}

const api = (method: string, path: string, body?: unknown) => sandboxApi(sandbox, method, path, body);

async function delivered(count: number): Promise<WebhookCall[]> {
	await sandbox.waitForDeliveries(count, 5000);
	expect(sandbox.deliveries.slice(0, count).every((d) => d.status !== 410)).toBe(true);
	return calls.slice(0, count);
}

const emitted = (list: WebhookCall[]) => list.flatMap((call) => call.items);

describe('sandbox deliveries pass through the trigger', () => {
	it('turns contact and deal changes made through the API into nested items', async () => {
		await activate({ events: ['subscribe', 'update', 'deal_add', 'deal_update', 'contact_tag_added'] });

		const { contact } = await api('POST', '/contacts', {
			contact: { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', fieldValues: [{ field: '1', value: 'German' }] },
		});
		const contactId = String((contact as IDataObject).id);
		await delivered(1);
		await api('PUT', `/contacts/${contactId}`, { contact: { lastName: 'King' } });
		await delivered(2);
		await api('POST', '/contactTags', { contactTag: { contact: contactId, tag: '3' } });
		await delivered(3);
		const { deal } = await api('POST', '/deals', {
			deal: { title: 'Analytical engine', contact: contactId, value: 150000, currency: 'usd', group: '1', stage: '1', owner: '1' },
		});
		await delivered(4);
		await api('PUT', `/deals/${String((deal as IDataObject).id)}`, { deal: { stage: '4' } });
		const all = await delivered(5);

		expect(all.map((call) => call.status)).toEqual([200, 200, 200, 200, 200]);
		const items = emitted(all);
		expect(items.map((item) => item.event)).toEqual(['subscribe', 'update', 'contact_tag_added', 'deal_add', 'deal_update']);
		for (const item of items) {
			expect(item.source).toBe('api');
			expect(Date.parse(String(item.occurredAt))).toBeGreaterThan(Date.now() - 60_000);
			expect(item.contact).toMatchObject({ id: contactId, email: 'ada@example.com', firstName: 'Ada' });
			expect((item.contact as IDataObject).fields).toMatchObject({ '1': 'German' });
		}
		expect(items[1].contact).toMatchObject({ lastName: 'King' });
		expect(items[2].tag).toEqual({ name: expect.any(String) });
		expect((items[2].contact as IDataObject).tags).toContain((items[2].tag as IDataObject).name);
		expect(items[3].deal).toMatchObject({ title: 'Analytical engine', value: 1500, valueCents: 150000, stageTitle: 'To Contact', status: 0 });
		expect(items[4].deal).toMatchObject({ stageId: '4', stageTitle: 'Negotiation' });
		expect(items[4].updatedFields).toEqual(expect.arrayContaining(['stage']));
	});

	it('answers 401 to a delivery with a forged secret and starts nothing', async () => {
		const trigger = await activate({ events: ['update'] });
		const forged = trigger.url() + '?secret=forged';
		const response = await fetch(forged, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: 'type=update&contact[id]=1',
		});
		expect(response.status).toBe(401);
		expect(calls[0].items).toEqual([]);
	});
});

describe('deal stage filters', () => {
	const moveTo = async (dealId: string, stage: string) => await api('PUT', `/deals/${dealId}`, { deal: { stage } });
	const dealIn = (stageId: string) => sandbox.store.t('deals').find((deal) => deal.stage === stageId && deal.status === '0')!.id;

	it('"To Stage" only passes moves into that stage', async () => {
		await activate({ events: ['deal_update'], dealFilters: { toStage: 'negotiation' } });
		const id = dealIn('1');
		await moveTo(id, '2'); // In Contact: filtered
		await api('PUT', `/deals/${id}`, { deal: { title: 'Renamed' } }); // no move: filtered
		await moveTo(id, '4'); // Negotiation: passes
		await api('PUT', `/deals/${id}`, { deal: { title: 'Renamed again' } }); // already there: filtered
		const all = await delivered(4);
		expect(all.map((call) => call.status)).toEqual([200, 200, 200, 200]);
		expect(all.map((call) => call.items.length)).toEqual([0, 0, 1, 0]);
		expect(all[0].response.webhookResponse).toMatchObject({ triggered: false, reason: expect.stringContaining('not "negotiation"') });
		expect(emitted(all)[0].deal).toMatchObject({ id, stageTitle: 'Negotiation' });
	});

	it('"From Stage" knows where a deal came from (primed at activation, then remembered)', async () => {
		// Moves 2 and 4 produce byte-identical bodies within the same second: keep duplicate suppression out of this test.
		await activate({
			events: ['deal_update'],
			dealFilters: { fromStage: 'Follow Up', toStage: 'Negotiation' },
			options: { duplicateWindow: 0 },
		});
		const fromFollowUp = dealIn('3');
		const fromInContact = dealIn('2');
		// Deliveries may arrive out of order; wait for each before the next move, as real moves are seconds apart.
		await moveTo(fromFollowUp, '4'); // primed: passes
		await delivered(1);
		await moveTo(fromInContact, '4'); // came from In Contact: filtered
		await delivered(2);
		await moveTo(fromInContact, '3'); // into Follow Up: filtered (wrong target) but remembered
		await delivered(3);
		await moveTo(fromInContact, '4'); // now from Follow Up: passes
		const all = await delivered(4);
		expect(all.map((call) => call.items.length)).toEqual([1, 0, 0, 1]);
		// Never seen in Follow Up (priming reads only that stage) and no earlier event: unknown origin, not passed.
		expect(all[1].response.webhookResponse).toMatchObject({ reason: expect.stringContaining('not known') });
		expect(emitted(all).map((item) => (item.deal as IDataObject).id)).toEqual([fromFollowUp, fromInContact]);
	});

	it('"Status Became" passes only the change to won (or lost)', async () => {
		await activate({ events: ['deal_update'], dealFilters: { statusBecame: 'won' } });
		const a = dealIn('1');
		const b = dealIn('2');
		await api('PUT', `/deals/${a}`, { deal: { status: 1 } }); // won: passes
		await api('PUT', `/deals/${a}`, { deal: { title: 'Still won' } }); // already won: filtered
		await api('PUT', `/deals/${b}`, { deal: { status: 2 } }); // lost: filtered
		const all = await delivered(3);
		expect(all.map((call) => call.items.length)).toEqual([1, 0, 0]);
		expect(emitted(all)[0].deal).toMatchObject({ id: a, status: 1, statusLabel: 'won' });
	});
});

describe('duplicate deliveries', () => {
	const replay = async (trigger: TriggerRig, body: string) =>
		await fetch(`${base}/${trigger.node.webhookId}/webhook?secret=${String((trigger.persisted()['node:Trigger'] as IDataObject).secret)}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body,
		});

	it('triggers once for identical deliveries within the window', async () => {
		const trigger = await activate({ events: ['update'] });
		await api('PUT', '/contacts/1', { contact: { firstName: 'Grace' } });
		const [first] = await delivered(1);
		expect(first.items).toHaveLength(1);
		const response = await replay(trigger, sandbox.deliveries[0].body);
		expect(response.status).toBe(200);
		expect(await response.json()).toMatchObject({ triggered: false, reason: 'duplicate delivery' });
		expect(calls[1].items).toEqual([]);
		// A different event (another change) is not a duplicate.
		await api('PUT', '/contacts/1', { contact: { firstName: 'Grace B.' } });
		await sandbox.waitForDeliveries(2);
		expect(calls[2].items).toHaveLength(1);
	});

	it('lets identical deliveries through when the window is 0', async () => {
		const trigger = await activate({ events: ['update'], options: { duplicateWindow: 0 } });
		await api('PUT', '/contacts/1', { contact: { firstName: 'Grace' } });
		await delivered(1);
		await replay(trigger, sandbox.deliveries[0].body);
		expect(calls.map((call) => call.items.length)).toEqual([1, 1]);
	});

	it('forgets a delivery once the window has passed', async () => {
		const { isDuplicate } = await import('../../nodes/ActiveCampaignTrigger/dedupe');
		const body = { type: 'update', 'contact[id]': '1' };
		expect(isDuplicate('hook', body, 60, 1_000_000)).toBe(false);
		expect(isDuplicate('hook', { 'contact[id]': '1', type: 'update' }, 60, 1_030_000)).toBe(true);
		expect(isDuplicate('other-hook', body, 60, 1_030_000)).toBe(false);
		expect(isDuplicate('hook', body, 60, 1_061_000)).toBe(false);
	});
});

describe('enrichment', () => {
	it('is off by default: no extra API requests', async () => {
		await activate({ events: ['update'] });
		const before = sandbox.requests.length;
		await api('PUT', '/contacts/1', { contact: { firstName: 'Grace' } });
		const [call] = await delivered(1);
		expect(sandbox.requests.length - before).toBe(1); // only the PUT itself
		expect(call.items[0].contact).not.toHaveProperty('fieldsByTitle');
	});

	it('adds custom fields by title, tags, lists and the full contact', async () => {
		await activate({ events: ['update'], options: { enrich: true } });
		await api('PUT', '/contacts/1', { contact: { firstName: 'Grace' } });
		const [call] = await delivered(1);
		const contact = call.items[0].contact as IDataObject;
		expect(contact.fieldsByTitle).toMatchObject({ 'Preferred Language': expect.any(String), Interests: ['Product', 'Engineering'] });
		expect(contact.fields).toMatchObject({ '1': expect.any(String), '3': ['Product', 'Engineering'] });
		expect(contact.tags).toEqual(expect.arrayContaining([expect.any(String)]));
		expect(contact.lists).toEqual(expect.arrayContaining([expect.objectContaining({ id: '1', name: expect.any(String), status: 1 })]));
		expect(contact.details).toMatchObject({ id: '1', firstName: 'Grace' });
		expect(contact.details).not.toHaveProperty('links');
	});

	it('adds deal custom fields by title and the full deal', async () => {
		await activate({ events: ['deal_update'], options: { enrich: true } });
		await api('PUT', '/deals/1', { deal: { title: 'Bigger' } });
		const [call] = await delivered(1);
		const deal = call.items[0].deal as IDataObject;
		expect(deal.fieldsByTitle).toEqual({ 'Lead Source': 'Website' });
		expect(deal.details).toMatchObject({ id: '1', title: 'Bigger' });
	});

	it('still emits the event, with the reason, when the record cannot be read', async () => {
		await activate({ events: ['update'], options: { enrich: true } });
		sandbox.injectFault({ method: 'GET', path: '/api/3/contacts/2', status: 403, body: { message: 'Forbidden' }, times: 5 });
		await api('PUT', '/contacts/2', { contact: { firstName: 'Ada' } });
		const [call] = await delivered(1);
		expect(call.status).toBe(200);
		expect(call.items[0].enrichmentError).toMatch(/refused access/);
		expect(call.items[0].contact).toMatchObject({ id: '2', firstName: 'Ada' });
	});
});
