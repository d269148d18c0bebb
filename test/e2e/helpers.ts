/** Shared helpers for the e2e tests: the n8n started by globalSetup, a sandbox per file, polling. */
import { randomUUID } from 'node:crypto';

import { startSandbox, type Sandbox } from '../../sandbox';
import { CREDENTIAL_TYPE, N8nClient, type Execution, type WorkflowJson } from '../../scripts/n8n/instance';

export { CREDENTIAL_TYPE, NODE_TYPE, TOOL_NODE_TYPE, TRIGGER_NODE_TYPE, nodeOutput } from '../../scripts/n8n/instance';
export type { Execution, WorkflowJson };

/** The n8n server of this run (started by globalSetup.ts). */
export function n8n(): N8nClient {
	const raw = process.env.N8N_E2E_SESSION;
	if (!raw) throw new Error('N8N_E2E_SESSION is not set: run the e2e tests with `npm run test:e2e`');
	return N8nClient.fromSession(JSON.parse(raw));
}

export interface SandboxWithCredential {
	sandbox: Sandbox;
	credential: { id: string; name: string };
	n8n: N8nClient;
	/** Calls the sandbox's API like a client of the account would (with the token). */
	acApi<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
	close(): Promise<void>;
}

/**
 * A seeded sandbox on a free port (rate limit off unless asked) and an n8n credential pointing at it.
 * `close()` deletes the credential and stops the sandbox.
 */
export async function sandboxWithCredential(
	opts: { rateLimit?: number | false; name?: string } = {},
): Promise<SandboxWithCredential> {
	const client = n8n();
	const sandbox = await startSandbox({ port: 0, seed: true, rateLimit: opts.rateLimit ?? false });
	const credential = await client.createCredential({
		name: opts.name ?? `ActiveCampaign e2e ${randomUUID().slice(0, 8)}`,
		type: CREDENTIAL_TYPE,
		data: { url: sandbox.url, apiToken: sandbox.token },
	});
	const acApi = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
		const res = await fetch(`${sandbox.url}/api/3${path}`, {
			method,
			headers: { 'Api-Token': sandbox.token, accept: 'application/json', 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`${method} /api/3${path} -> ${res.status}: ${text}`);
		return (text ? JSON.parse(text) : {}) as T;
	};
	return {
		sandbox,
		credential,
		n8n: client,
		acApi,
		close: async () => {
			await client.deleteCredential(credential.id).catch(() => undefined);
			await sandbox.close();
		},
	};
}

/** Polls `fn` until it returns a value other than undefined/false, or throws after `timeoutMs`. */
export async function poll<T>(
	what: string,
	fn: () => Promise<T | undefined | false> | T | undefined | false,
	timeoutMs = 15_000,
	intervalMs = 100,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let last: unknown;
	for (;;) {
		try {
			const v = await fn();
			if (v !== undefined && v !== false) return v as T;
		} catch (err) {
			last = err;
		}
		if (Date.now() > deadline) {
			throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
		}
		await new Promise((r) => setTimeout(r, intervalMs));
	}
}

/** Error details of a failed execution, for assertion messages. */
export function executionError(exec: Execution): string {
	const e = exec.data?.resultData.error;
	const nodeErrors = Object.entries(exec.data?.resultData.runData ?? {})
		.flatMap(([name, runs]) => runs.filter((r) => r.error).map((r) => `${name}: ${JSON.stringify(r.error).slice(0, 400)}`))
		.join('\n');
	return `${exec.status}${e ? ` ${e.message ?? ''} ${e.description ?? ''}` : ''}\n${nodeErrors}`;
}
