/** Webhook delivery: AC-style form-encoded POSTs to registered local URLs after API changes. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSandbox, type Sandbox } from '../../sandbox';
import { client } from './client';

interface Received {
	path: string;
	contentType: string;
	form: Record<string, string>;
}

let sandbox: Sandbox;
let api: ReturnType<typeof client>;
let target: http.Server;
let targetUrl: string;
const received: Received[] = [];
let respondWith = 200;

beforeAll(async () => {
	target = http.createServer((req, res) => {
		let raw = '';
		req.on('data', (chunk) => (raw += chunk));
		req.on('end', () => {
			received.push({ path: req.url ?? '', contentType: String(req.headers['content-type']), form: Object.fromEntries(new URLSearchParams(raw)) });
			res.writeHead(respondWith);
			res.end('ok');
		});
	});
	await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
	targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
	sandbox = await startSandbox({ rateLimit: false });
	api = client(sandbox);
});
afterAll(async () => {
	await sandbox.close();
	await new Promise((resolve) => target.close(resolve));
});
beforeEach(() => {
	sandbox.reset({ seed: true });
	received.length = 0;
	respondWith = 200;
});

async function hook(events: string[], extra: Record<string, unknown> = {}, path = '/hook') {
	const res = await api('POST', '/webhooks', { webhook: { name: 'test', url: `${targetUrl}${path}`, events, sources: ['api'], ...extra } });
	expect(res.status).toBe(201);
	return res.body.webhook;
}

describe('webhooks', () => {
	it('manages subscriptions and lists the event catalogue', async () => {
		const events = await api('GET', '/webhook/events');
		expect(events.body.meta.total).toBe(events.body.webhookEvents.length);
		expect(events.body.webhookEvents).toEqual(expect.arrayContaining(['subscribe', 'deal_update', 'contact_tag_added', 'account_add']));
		const webhook = await hook(['subscribe']);
		expect(webhook).toMatchObject({ listid: '0', events: ['subscribe'], sources: ['api'], links: [] });
		expect((await api('GET', '/webhooks?filters[url]=127.0.0.1')).body.meta.total).toBe('1');
		const bad = await api('POST', '/webhooks', { webhook: { name: 'x', url: `${targetUrl}/x`, events: ['nope'], sources: ['api'] } });
		expect(bad.status).toBe(422);
	});

	it('POSTs a form-encoded subscribe payload with PHP bracket keys after a contact is created', async () => {
		await hook(['subscribe']);
		const created = await api('POST', '/contacts', { contact: { email: 'hook@example.com', firstName: 'Hook', lastName: 'Test', phone: '123', fieldValues: [{ field: '1', value: 'German' }] } });
		const [delivery] = await sandbox.waitForDeliveries(1);
		expect(delivery.status).toBe(200);
		expect(received).toHaveLength(1);
		expect(received[0].contentType).toBe('application/x-www-form-urlencoded');
		expect(delivery.body).toContain('contact%5Bemail%5D=hook%40example.com');
		expect(received[0].form).toMatchObject({
			type: 'subscribe',
			initiated_from: 'api',
			initiated_by: 'api',
			list: '0',
			'contact[id]': created.body.contact.id,
			'contact[email]': 'hook@example.com',
			'contact[first_name]': 'Hook',
			'contact[last_name]': 'Test',
			'contact[phone]': '123',
			'contact[tags]': '',
			'contact[fields][1]': 'German',
		});
		expect(received[0].form.date_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-05:00$/);
	});

	it('sends tag, update and deal_update (with updated_fields) events', async () => {
		await hook(['contact_tag_added', 'update', 'deal_update', 'deal_add']);
		await api('POST', '/contactTags', { contactTag: { contact: '2', tag: '3' } });
		await api('PUT', '/contacts/2', { contact: { firstName: 'Renamed' } });
		await api('PUT', '/deals/1', { deal: { stage: '3' } });
		await sandbox.waitForDeliveries(3);
		const byType = Object.fromEntries(received.map((request) => [request.form.type, request.form]));
		expect(byType.contact_tag_added).toMatchObject({ 'contact[id]': '2', tag: 'vip' });
		expect(byType.contact_tag_added['contact[tags]']).toContain('vip');
		expect(byType.update).toMatchObject({ 'contact[first_name]': 'Renamed' });
		expect(byType.deal_update).toMatchObject({ 'deal[id]': '1', 'deal[stageid]': '3', 'updated_fields[0]': 'stage', 'updated_fields[1]': 'mdate', list: '0' });
		expect(byType.deal_update['deal[value]']).toBe('1250.00');
		expect(byType.deal_update['deal[value_raw]']).toBe('1250');
	});

	it('honours sources and listid scoping', async () => {
		await hook(['subscribe'], { listid: '2' }, '/list2');
		await hook(['subscribe'], { sources: ['public'] }, '/public');
		await api('POST', '/contactLists', { contactList: { list: '3', contact: '2', status: 1 } });
		await api('POST', '/contactLists', { contactList: { list: '2', contact: '2', status: 1 } });
		await sandbox.waitForDeliveries(1);
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(received.map((request) => [request.path, request.form.list])).toEqual([['/list2', '2']]);
		await sandbox.emitWebhookEvent('subscribe', { contactId: 2, listId: 1, source: 'public' });
		expect(received.map((request) => request.path)).toEqual(['/list2', '/public']);
		expect(received[1].form.initiated_from).toBe('public');
	});

	it('records failing targets without crashing and disables a webhook answering 410', async () => {
		await api('POST', '/webhooks', { webhook: { name: 'dead', url: 'http://127.0.0.1:1/nothing', events: ['list_add'], sources: ['api'] } });
		await hook(['list_add']);
		respondWith = 410;
		await api('POST', '/lists', { list: { name: 'L', sender_url: 'https://x.example', sender_reminder: 'r' } });
		const deliveries = await sandbox.waitForDeliveries(2);
		expect(deliveries.find((delivery) => delivery.url.includes(':1/'))?.error).toBeTruthy();
		expect(deliveries.find((delivery) => delivery.status === 410)).toBeTruthy();
		expect(received[0].form).toMatchObject({ type: 'list_add', 'list[name]': 'L' });
		await api('POST', '/lists', { list: { name: 'L2', sender_url: 'https://x.example', sender_reminder: 'r' } });
		await sandbox.waitForDeliveries(3);
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(received).toHaveLength(1);
	});

	it('sends deal task events with the task block', async () => {
		await hook(['deal_task_add', 'deal_task_complete', 'contact_task_add']);
		const task = await api('POST', '/dealTasks', { dealTask: { relid: 1, duedate: '2026-12-01T10:00:00-05:00', dealTasktype: 1, title: 'Call back' } });
		expect(task.status).toBe(201);
		await api('PUT', `/dealTasks/${task.body.dealTask.id}`, { dealTask: { status: 1 } });
		await api('POST', '/dealTasks', { dealTask: { relid: 3, ownerType: 'contact', duedate: '2026-12-01', dealTasktype: 2 } });
		await sandbox.waitForDeliveries(3);
		const types = received.map((request) => request.form.type).sort();
		expect(types).toEqual(['contact_task_add', 'deal_task_add', 'deal_task_complete']);
		const done = received.find((request) => request.form.type === 'deal_task_complete')!.form;
		expect(done).toMatchObject({ 'task[type_title]': 'Call', 'task[duedate_iso]': '2026-12-01T10:00:00-05:00', 'deal[id]': '1' });
		expect(done['task[donedate]']).toBeTruthy();
	});
});
