/** Tiny fetch wrapper for sandbox tests. */
import type { Sandbox } from '../../sandbox';

/** Test answers are read loosely (like JSON in the node). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export interface ApiAnswer<T = Loose> {
	status: number;
	headers: Headers;
	body: T;
}

export function client(sandbox: Sandbox, token = sandbox.token) {
	return async function api<T = Loose>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer<T>> {
		const res = await fetch(`${sandbox.url}${path.startsWith('/__sandbox') ? '' : '/api/3'}${path}`, {
			method,
			headers: { 'Api-Token': token, 'Content-Type': 'application/json', ...headers },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		let parsed: unknown = text;
		try {
			parsed = text ? JSON.parse(text) : undefined;
		} catch {
			// keep text
		}
		return { status: res.status, headers: res.headers, body: parsed as T };
	};
}
