/** Minimal method + path-pattern router for the /api/3 surface. */
import type { Ctx } from './context';
import type { Reply } from './http';

export type Handler = (ctx: Ctx) => Reply | Promise<Reply>;

interface Route {
	methods: Set<string>;
	pattern: string;
	regex: RegExp;
	keys: string[];
	handler: Handler;
	honours: string[];
}

/** What a route acts on in the query string; the server strips (and logs) every other key before the handler runs. */
export interface RouteInfo {
	methods: string[];
	pattern: string;
	honours: string[];
}

export interface RouteMatch {
	handler: Handler;
	params: Record<string, string>;
	pattern: string;
	honours: string[];
}

export class Router {
	private readonly entries: Route[] = [];

	/**
	 * `methods` like 'GET' or 'PUT|PATCH'; `pattern` like '/contacts/:id/notes'. Earlier routes win. `honours`: the
	 * query keys the handler acts on, only keys ActiveCampaign documents for the path (test/sandbox/documented.test.ts).
	 */
	add(methods: string, pattern: string, handler: Handler, honours: string[] = []): this {
		const keys: string[] = [];
		const source = pattern
			.split('/')
			.map((seg) => {
				if (seg.startsWith(':')) {
					keys.push(seg.slice(1));
					return '([^/]+)';
				}
				return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			})
			.join('/');
		this.entries.push({
			methods: new Set(methods.split('|').map((m) => m.toUpperCase())),
			pattern,
			regex: new RegExp(`^${source}/?$`),
			keys,
			handler,
			honours,
		});
		return this;
	}

	routes(): RouteInfo[] {
		return this.entries.map((r) => ({ methods: [...r.methods], pattern: r.pattern, honours: [...r.honours] }));
	}

	match(method: string, path: string): RouteMatch | 'method' | undefined {
		let pathMatched = false;
		for (const r of this.entries) {
			const m = r.regex.exec(path);
			if (!m) continue;
			pathMatched = true;
			if (!r.methods.has(method)) continue;
			const params: Record<string, string> = {};
			r.keys.forEach((k, i) => (params[k] = decodeURIComponent(m[i + 1])));
			return { handler: r.handler, params, pattern: r.pattern, honours: r.honours };
		}
		return pathMatched ? 'method' : undefined;
	}
}
