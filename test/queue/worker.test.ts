/**
 * In queue mode, what a user does from the editor runs on a worker: the credential test (answered by the main
 * process, which is where n8n tests credentials), an example workflow and a Get Many with Return All, against
 * the sandbox with its 5 requests/second limit.
 */
import { randomUUID } from 'node:crypto';

import { loadExamples } from '../../scripts/n8n/dev';
import {
	CREDENTIAL_TYPE,
	executionError,
	NODE_TYPE,
	nodeOutput,
	sandboxWithCredential,
	workersThatRan,
	type Execution,
	type QueueEnv,
} from './helpers';

describe('queue mode: runs on a worker', () => {
	let env: QueueEnv;
	beforeAll(async () => {
		env = await sandboxWithCredential();
	});
	afterAll(async () => {
		await env?.close();
	});

	/** Manual run (offloaded to a worker), then: which worker ran it. */
	async function runOnWorker(workflowId: string, opts: { trigger?: string; triggerData?: Array<Record<string, unknown>> } = {}): Promise<Execution> {
		const exec = await env.n8n.runWorkflow(workflowId, { ...opts, timeoutMs: 90_000 });
		if (exec.status !== 'success') throw new Error(`execution ${exec.id}: ${executionError(exec)}`);
		expect(workersThatRan([String(exec.id)]).get(String(exec.id))).toMatch(/^worker-\d$/);
		return exec;
	}

	it('the credential test passes with the sandbox token and fails clearly with a wrong one', async () => {
		expect(await env.n8n.testCredential(env.credential.id)).toEqual(expect.objectContaining({ status: 'OK' }));
		const bad = await env.n8n.createCredential({
			name: 'ActiveCampaign queue wrong token',
			type: CREDENTIAL_TYPE,
			data: { url: env.sandbox.url, apiToken: 'not-the-token' },
		});
		try {
			const result = await env.n8n.testCredential(bad.id);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/token/i);
		} finally {
			await env.n8n.deleteCredential(bad.id);
		}
	});

	it('example 4 (form lead -> contact with custom fields -> deal) runs on a worker', async () => {
		const example = loadExamples().find((e) => e.file === '4-form-lead-to-deal.json');
		if (!example) throw new Error('examples/4-form-lead-to-deal.json is missing');
		const wf = await env.n8n.importWorkflow(example.workflow, { credentials: { [CREDENTIAL_TYPE]: env.credential } });
		try {
			const email = `queue-lead-${Date.now()}@example.com`;
			const form = { Email: email, 'First name': 'Quinn', 'Last name': 'Queue', 'Company size': 7, Plan: 'Pro', submittedAt: new Date().toISOString(), formMode: 'production' };
			const trigger = example.workflow.nodes.find((n) => /trigger/i.test(n.type))!.name;
			const exec = await runOnWorker(wf.id, { trigger, triggerData: [form] });
			const [contact] = nodeOutput(exec, 'Create or update the contact');
			expect(contact).toEqual(expect.objectContaining({ email }));
			const [deal] = nodeOutput(exec, 'Create a deal in Sales Pipeline');
			const stored = await env.acApi<{ deal: { title: string; contact: string; value: string } }>('GET', `/deals/${String(deal.id)}`);
			expect(stored.deal).toEqual(expect.objectContaining({ title: 'Demo request: Quinn Queue (Pro)', contact: String(contact.id), value: '120000' }));
		} finally {
			await env.n8n.deleteWorkflow(wf.id).catch(() => undefined);
		}
	});

	it('Get Many contacts with Return All reads every page on a worker', async () => {
		env.sandbox.addContacts(225);
		const total = env.sandbox.store.table('contacts').size;
		expect(total).toBeGreaterThan(200);
		const wf = await env.n8n.importWorkflow({
			name: `queue get many ${randomUUID().slice(0, 8)}`,
			nodes: [
				{ id: randomUUID(), name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
				{
					id: randomUUID(),
					name: 'All contacts',
					type: NODE_TYPE,
					typeVersion: 1,
					position: [220, 0],
					parameters: { resource: 'contact', operation: 'getAll', returnAll: true },
					credentials: { [CREDENTIAL_TYPE]: env.credential },
				},
			],
			connections: { Start: { main: [[{ node: 'All contacts', type: 'main', index: 0 }]] } },
		});
		try {
			const before = env.sandbox.requests.length;
			const exec = await runOnWorker(wf.id, { trigger: 'Start' });
			const contacts = nodeOutput(exec, 'All contacts');
			expect(contacts).toHaveLength(total);
			expect(new Set(contacts.map((c) => String(c.id))).size).toBe(total);
			const pages = env.sandbox.requests.slice(before).filter((r) => r.method === 'GET' && r.path === '/api/3/contacts');
			// Pages of 100; one more (empty) page is allowed when the last one was full.
			expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(total / 100));
			expect(pages.length).toBeLessThanOrEqual(Math.ceil(total / 100) + 1);
			expect(pages.every((r) => r.status === 200)).toBe(true);
		} finally {
			await env.n8n.deleteWorkflow(wf.id).catch(() => undefined);
		}
	});
});
