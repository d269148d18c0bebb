/**
 * The ActiveCampaign Trigger in queue mode: published through the main process, it registers the webhook
 * processor's URL; the sandbox's form-encoded deliveries go to the webhook processor, which checks the secret
 * and suppresses duplicates, and a worker runs the execution.
 */
import { randomUUID } from 'node:crypto';

import type { WebhookDelivery } from '../../sandbox';
import {
	CREDENTIAL_TYPE,
	executionError,
	executionsOf,
	nodeOutput,
	poll,
	sandboxWithCredential,
	TRIGGER_NODE_TYPE,
	workersThatRan,
	type QueueEnv,
} from './helpers';

interface AcWebhook {
	id: string;
	url: string;
	events: string[];
}

/** Long enough for a webhook processor to enqueue and a worker to finish a one-node execution on a busy machine. */
const SETTLE_MS = 4_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('queue mode: ActiveCampaign Trigger through the webhook processor', () => {
	let env: QueueEnv;
	let workflowId: string;
	const webhookId = randomUUID();
	let hook: AcWebhook;

	const hooks = async () => (await env.acApi<{ webhooks: AcWebhook[] }>('GET', '/webhooks')).webhooks;
	const finished = async () => (await executionsOf(env.n8n, workflowId)).filter((e) => e.stoppedAt);
	const post = (url: string, body: string) =>
		fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
	const deliveryFor = (email: string) =>
		poll<WebhookDelivery>(`the sandbox's delivery for ${email}`, () =>
			env.sandbox.deliveries.find((d) => d.type === 'subscribe' && d.body.includes(encodeURIComponent(email))),
		);

	beforeAll(async () => {
		env = await sandboxWithCredential();
		const wf = await env.n8n.importWorkflow({
			name: `queue trigger ${webhookId.slice(0, 8)}`,
			nodes: [
				{
					id: randomUUID(),
					name: 'ActiveCampaign Trigger',
					type: TRIGGER_NODE_TYPE,
					typeVersion: 1,
					position: [0, 0],
					webhookId,
					parameters: { events: ['subscribe'], sources: ['public', 'admin', 'api', 'system'] },
					credentials: { [CREDENTIAL_TYPE]: env.credential },
				},
			],
			connections: {},
		});
		workflowId = wf.id;
	});

	afterAll(async () => {
		if (workflowId) {
			await env.n8n.deactivate(workflowId).catch(() => undefined);
			await env.n8n.deleteWorkflow(workflowId).catch(() => undefined);
		}
		await env?.close();
	});

	it('publishing through the main process registers the webhook processor URL, with a secret', async () => {
		await env.n8n.activate(workflowId);
		const list = await poll('the webhook registration', async () => {
			const l = await hooks();
			return l.length > 0 ? l : undefined;
		});
		await sleep(500);
		expect(await hooks()).toHaveLength(1);
		hook = list[0];
		expect(hook.url.startsWith(`${env.webhookUrl}/webhook/${webhookId}/webhook?`)).toBe(true);
		expect(new URL(hook.url).searchParams.get('secret')).toMatch(/^\S{16,}$/);
	});

	it('a delivery to the webhook processor runs on a worker and gives the clean nested item', async () => {
		const email = `queue-trigger-${Date.now()}@example.com`;
		const created = await env.acApi<{ contact: { id: string } }>('POST', '/contacts', { contact: { email, firstName: 'Ada', lastName: 'Lovelace' } });
		const delivery = await deliveryFor(email);
		expect(delivery.url).toBe(hook.url);
		await poll('the delivery answer', () => delivery.status !== undefined || delivery.error !== undefined);
		expect(delivery.status).toBe(200);
		const [done] = await poll('the execution', async () => {
			const list = await finished();
			return list.length > 0 ? list : undefined;
		}, 30_000);
		const exec = await env.n8n.getExecution(String(done.id));
		if (exec.status !== 'success') throw new Error(executionError(exec));
		expect(exec.mode).toBe('webhook');
		expect(workersThatRan([String(exec.id)]).get(String(exec.id))).toMatch(/^worker-\d$/);
		const items = nodeOutput(exec, 'ActiveCampaign Trigger');
		expect(items).toHaveLength(1);
		expect(items[0]).toEqual(
			expect.objectContaining({
				event: 'subscribe',
				contact: expect.objectContaining({ id: String(created.contact.id), email, firstName: 'Ada', lastName: 'Lovelace' }),
			}),
		);
		expect(JSON.stringify(items[0])).not.toMatch(/contact\[|%5B/);
	});

	it('the webhook processor answers 401 to a wrong or missing secret and starts nothing', async () => {
		const before = (await executionsOf(env.n8n, workflowId)).length;
		const email = `queue-intruder-${Date.now()}@example.com`;
		const body = `type=subscribe&initiated_from=api&contact%5Bid%5D=999&contact%5Bemail%5D=${encodeURIComponent(email)}`;
		const wrong = new URL(hook.url);
		wrong.searchParams.set('secret', 'not-the-secret');
		const missing = new URL(hook.url);
		missing.searchParams.delete('secret');
		expect((await post(wrong.toString(), body)).status).toBe(401);
		expect((await post(missing.toString(), body)).status).toBe(401);
		await sleep(SETTLE_MS);
		expect(await executionsOf(env.n8n, workflowId)).toHaveLength(before);
	});

	it('a duplicate delivery of one event starts at most one execution (one webhook processor)', async () => {
		const email = `queue-duplicate-${Date.now()}@example.com`;
		const before = (await executionsOf(env.n8n, workflowId)).map((e) => String(e.id));
		await env.acApi('POST', '/contacts', { contact: { email, firstName: 'Dee', lastName: 'Duplicate' } });
		const original = await deliveryFor(email);
		await poll('the delivery answer', () => original.status !== undefined || original.error !== undefined);
		expect(original.status).toBe(200);
		// ActiveCampaign delivers at least once: the same body to the same URL again.
		const again = await post(original.url, original.body);
		expect(again.status).toBe(200);
		await sleep(SETTLE_MS);
		const fresh = (await executionsOf(env.n8n, workflowId)).filter((e) => !before.includes(String(e.id)));
		process.stdout.write(`duplicate delivery: ${fresh.length} execution(s) for 2 identical deliveries; second answer ${await again.text()}\n`);
		expect(fresh).toHaveLength(1);
	});

	it('unpublishing removes the webhook from the account', async () => {
		await env.n8n.deactivate(workflowId);
		await poll('the webhook deletion', async () => ((await hooks()).length === 0 ? true : undefined), 10_000);
	});
});
