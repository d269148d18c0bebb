/** Minimal method + path-pattern router for the /api/3 surface. */
import type { Ctx } from './context';
import type { Reply } from './http';

export type Handler = (ctx: Ctx) => Reply | Promise<Reply>;

interface Route {
	methods: Set<string>;
	regex: RegExp;
	keys: string[];
	handler: Handler;
}

export class Router {
	private readonly routes: Route[] = [];

	/** `methods` like 'GET' or 'PUT|PATCH'; `pattern` like '/contacts/:id/notes'. Earlier routes win. */
	add(methods: string, pattern: string, handler: Handler): this {
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
		this.routes.push({
			methods: new Set(methods.split('|').map((m) => m.toUpperCase())),
			regex: new RegExp(`^${source}/?$`),
			keys,
			handler,
		});
		return this;
	}

	match(method: string, path: string): { handler: Handler; params: Record<string, string> } | 'method' | undefined {
		let pathMatched = false;
		for (const r of this.routes) {
			const m = r.regex.exec(path);
			if (!m) continue;
			pathMatched = true;
			if (!r.methods.has(method)) continue;
			const params: Record<string, string> = {};
			r.keys.forEach((k, i) => (params[k] = decodeURIComponent(m[i + 1])));
			return { handler: r.handler, params };
		}
		return pathMatched ? 'method' : undefined;
	}
}
