/**
 * The ActiveCampaign Trigger in a real n8n: activation registers exactly one webhook in the sandbox, a change
 * made through the API makes the sandbox deliver a real form-encoded webhook to n8n, which produces an
 * execution with nested data, and deactivation deletes the webhook.
 */
import { randomUUID } from 'node:crypto';

import { executionError, nodeOutput, poll, sandboxWithCredential, TRIGGER_NODE_TYPE, type SandboxWithCredential } from './helpers';
import { CREDENTIAL_TYPE } from '../../scripts/n8n/instance';

interface AcWebhook {
	id: string;
	name: string;
	url: string;
	events: string[];
	sources: string[];
}

describe('ActiveCampaign Trigger in n8n', () => {
	let env: SandboxWithCredential;
	let workflowId: string | undefined;
	const webhookId = randomUUID();

	const webhooks = async () => (await env.acApi<{ webhooks: AcWebhook[] }>('GET', '/webhooks')).webhooks;

	beforeAll(async () => {
		env = await sandboxWithCredential();
		const wf = await env.n8n.importWorkflow({
			name: `e2e trigger ${webhookId.slice(0, 8)}`,
			nodes: [
				{
					id: randomUUID(),
					name: 'ActiveCampaign Trigger',
					type: TRIGGER_NODE_TYPE,
					typeVersion: 1,
					position: [0, 0],
					webhookId,
					parameters: { events: ['subscribe', 'update'], sources: ['public', 'admin', 'api', 'system'] },
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

	it('registers exactly one webhook on activation', async () => {
		expect(await webhooks()).toHaveLength(0);
		const t0 = Date.now();
		await env.n8n.activate(workflowId!);
		// Activation finishes asynchronously: poll.
		const hooks = await poll('the webhook registration', async () => {
			const list = await webhooks();
			return list.length > 0 ? list : undefined;
		});
		// Give a second registration (if any) time to show up before asserting "exactly one".
		await new Promise((r) => setTimeout(r, 500));
		const after = await webhooks();
		expect(after).toHaveLength(1);
		expect(hooks[0].url).toContain(`/webhook/${webhookId}/webhook`);
		expect(hooks[0].url.startsWith(`${env.n8n.baseUrl}/`)).toBe(true);
		expect([...hooks[0].events].sort()).toEqual(['subscribe', 'update']);
		process.stdout.write(`webhook registered ${Date.now() - t0} ms after publish\n`);
	});

	it('a contact created through the API delivers a form-encoded webhook that runs the workflow with nested data', async () => {
		const before = (await env.n8n.listExecutions(workflowId)).map((e) => String(e.id));
		const email = `e2e-${Date.now()}@example.com`;
		const created = await env.acApi<{ contact: { id: string } }>('POST', '/contacts', {
			contact: { email, firstName: 'Ada', lastName: 'Lovelace', phone: '+1 555 0100' },
		});

		const deliveries = await poll('the sandbox webhook delivery', () => {
			const d = env.sandbox.deliveries.filter((x) => x.type === 'subscribe' && x.body.includes(encodeURIComponent(email)));
			return d.length > 0 && d.every((x) => x.status !== undefined || x.error) ? d : undefined;
		});
		expect(deliveries).toHaveLength(1);
		// A real ActiveCampaign-style body: flat bracket keys, form-encoded.
		expect(deliveries[0].body).toMatch(/(^|&)contact%5Bemail%5D=|(^|&)contact\[email\]=/);
		expect(deliveries[0].status).toBe(200);

		const exec = await env.n8n.waitForNewExecution(workflowId!, before, 30_000);
		expect(exec.status).toBe('success');
		const items = nodeOutput(exec, 'ActiveCampaign Trigger');
		expect(items).toHaveLength(1);
		const item = items[0] as { event: string; contact: Record<string, unknown> };
		expect(item.event).toBe('subscribe');
		// Bracket keys became nested objects.
		expect(item.contact).toEqual(expect.objectContaining({ id: String(created.contact.id), email }));
		expect(JSON.stringify(item)).not.toMatch(/contact\[/);
		if (exec.status !== 'success') throw new Error(executionError(exec));
	});

	it('deletes the webhook on deactivation', async () => {
		await env.n8n.deactivate(workflowId!);
		await poll('the webhook deletion', async () => ((await webhooks()).length === 0 ? true : undefined), 10_000);
		const deletes = env.sandbox.requests.filter((r) => r.method === 'DELETE' && r.path.startsWith('/api/3/webhooks/'));
		expect(deletes.length).toBeGreaterThanOrEqual(1);
		expect(deletes[deletes.length - 1].status).toBe(200);
	});
});
