import type { IDataObject } from 'n8n-workflow';

import type { RecordedRequest, Sandbox } from '../../sandbox';
import type { SandboxHarness } from './sandbox';

/** A resource locator value as the editor saves it. */
export const rl = (value: string | number, mode = 'id') => ({ __rl: true, mode, value });

/** Requests the sandbox received, as "METHOD /path" (below /api/3). */
export function calls(ac: SandboxHarness): string[] {
	return ac.sandbox.requests.map((request) => `${request.method} ${request.path.replace(/^\/api\/3/, '')}`);
}

/** Requests the sandbox received with this method whose path (below /api/3) equals or matches `path`. */
export function sent(ac: SandboxHarness, method: string, path: string | RegExp): RecordedRequest[] {
	return ac.sandbox.requests.filter(
		(request) =>
			request.method === method &&
			(typeof path === 'string' ? request.path === `/api/3${path}` : path.test(request.path.replace(/^\/api\/3/, ''))),
	);
}

/** Calls the sandbox API directly (test setup, not the node); throws on a non-2xx answer. */
export async function sandboxApi(sandbox: Sandbox, method: string, path: string, body?: unknown): Promise<IDataObject> {
	const response = await fetch(`${sandbox.url}/api/3${path}`, {
		method,
		headers: { 'Api-Token': sandbox.token, 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
	return (text ? JSON.parse(text) : {}) as IDataObject;
}

/** The body of the one request the sandbox received with this method and path (fails the test unless exactly one). */
export function bodyOf(ac: SandboxHarness, method: string, path: string | RegExp): IDataObject {
	const requests = sent(ac, method, path);
	expect(requests).toHaveLength(1);
	return requests[0].body as IDataObject;
}
