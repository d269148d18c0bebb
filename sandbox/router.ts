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
	 * query keys the handler acts on, only keys ActiveCampaign documents for the path (test/sandbox/facts.test.ts
	 * checks them against openapi-v3.json).
	 */
	add(methods: string, pattern: string, handler: Handler, honours: string[] = []): this {
		const keys: string[] = [];
		const source = pattern
			.split('/')
			.map((segment) => {
				if (segment.startsWith(':')) {
					keys.push(segment.slice(1));
					return '([^/]+)';
				}
				return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			})
			.join('/');
		this.entries.push({
			methods: new Set(methods.split('|').map((method) => method.toUpperCase())),
			pattern,
			regex: new RegExp(`^${source}/?$`),
			keys,
			handler,
			honours,
		});
		return this;
	}

	routes(): RouteInfo[] {
		return this.entries.map((route) => ({ methods: [...route.methods], pattern: route.pattern, honours: [...route.honours] }));
	}

	match(method: string, path: string): RouteMatch | 'method' | undefined {
		let pathMatched = false;
		for (const route of this.entries) {
			const match = route.regex.exec(path);
			if (!match) continue;
			pathMatched = true;
			if (!route.methods.has(method)) continue;
			const params: Record<string, string> = {};
			route.keys.forEach((key, i) => (params[key] = decodeURIComponent(match[i + 1])));
			return { handler: route.handler, params, pattern: route.pattern, honours: route.honours };
		}
		return pathMatched ? 'method' : undefined;
	}
}
