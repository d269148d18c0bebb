/** Shared helpers for the queue-mode tests: the stack started by globalSetup, a sandbox per file, worker logs. */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { startSandbox, type Sandbox } from '../../sandbox';
import { CREDENTIAL_TYPE, N8nClient, type Execution } from '../../scripts/n8n/instance';
import type { QueueSession } from '../../scripts/n8n/queue/stack';

export { executionError, poll } from '../e2e/helpers';
export { CREDENTIAL_TYPE, NODE_TYPE, TRIGGER_NODE_TYPE, nodeOutput } from '../../scripts/n8n/instance';
export type { Execution };

export function queueSession(): QueueSession {
	const raw = process.env.N8N_QUEUE_SESSION;
	if (!raw) throw new Error('N8N_QUEUE_SESSION is not set: run these tests with `npm run test:queue`');
	return JSON.parse(raw) as QueueSession;
}

/** The main process: REST and public API, owner logged in. */
export function mainClient(): N8nClient {
	return N8nClient.fromSession(queueSession().main);
}

export interface QueueEnv {
	sandbox: Sandbox;
	credential: { id: string; name: string };
	n8n: N8nClient;
	webhookUrl: string;
	acApi<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
	close(): Promise<void>;
}

/** A seeded sandbox on a free port and an n8n credential pointing at it; `close()` removes both. */
export async function sandboxWithCredential(opts: { rateLimit?: number | false; latencyMs?: number } = {}): Promise<QueueEnv> {
	const n8n = mainClient();
	const sandbox = await startSandbox({ port: 0, seed: true, rateLimit: opts.rateLimit ?? 5, latencyMs: opts.latencyMs });
	const credential = await n8n.createCredential({
		name: `ActiveCampaign queue ${randomUUID().slice(0, 8)}`,
		type: CREDENTIAL_TYPE,
		data: { url: sandbox.url, apiToken: sandbox.token },
	});
	const acApi = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
		for (;;) {
			const res = await fetch(`${sandbox.url}/api/3${path}`, {
				method,
				headers: { 'Api-Token': sandbox.token, accept: 'application/json', 'content-type': 'application/json' },
				body: body === undefined ? undefined : JSON.stringify(body),
			});
			const text = await res.text();
			// The test's own calls share the account's 5 requests/second with n8n.
			if (res.status === 429) {
				await new Promise((r) => setTimeout(r, 1000 * Number(res.headers.get('retry-after') ?? 1)));
				continue;
			}
			if (!res.ok) throw new Error(`${method} /api/3${path} -> ${res.status}: ${text}`);
			return (text ? JSON.parse(text) : {}) as T;
		}
	};
	return {
		sandbox,
		credential,
		n8n,
		webhookUrl: queueSession().webhookUrl,
		acApi,
		close: async () => {
			await n8n.deleteCredential(credential.id).catch(() => undefined);
			await sandbox.close();
		},
	};
}

/**
 * Which process ran each execution, from the workers' logs ("Worker started execution <id>"). An execution
 * that no worker logged is missing from the map (it ran in the main process, or not at all).
 */
export function workersThatRan(executionIds: string[]): Map<string, string> {
	const found = new Map<string, string>();
	for (const p of queueSession().processes.filter((x) => x.role === 'worker')) {
		const text = readFileSync(p.logFile, 'utf8');
		for (const id of executionIds) {
			if (new RegExp(`Worker started execution ${id}\\b`).test(text)) found.set(id, p.name);
		}
	}
	return found;
}

/** The log of the process with this role (first one), for assertions on what happened where. */
export function logOf(role: 'main' | 'webhook'): string {
	const p = queueSession().processes.find((x) => x.role === role)!;
	return readFileSync(p.logFile, 'utf8');
}

/** Executions of a workflow (without data), newest first. */
export async function executionsOf(n8n: N8nClient, workflowId: string): Promise<Execution[]> {
	const r = await n8n.api<{ data: Execution[] }>('GET', `/executions?workflowId=${workflowId}&limit=100`);
	return r.data;
}
