/** The sandbox HTTP server: auth, rate limit, fault injection, request log, routing and webhook dispatch. */
import http, { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Ctx, EventData, Services } from './context';
import { handleControl } from './control';
import { FaultInjector } from './faults';
import { ApiError, parseBody, parseQuery, readBody, send, type Reply } from './http';
import { ImportQueue } from './importQueue';
import { RateLimiter } from './rateLimit';
import { buildRouter } from './resources';
import { TRACKCMP_PREFIX, trackEvent } from './resources/eventTracking';
import { addSyntheticContacts, seed } from './seed';
import { Store } from './store';
import { isHonoured } from './query';
import type { DateFilterPrecision, EmitWebhookOptions, Fault, Latency, RecordedRequest, SandboxOptions, SeedOptions, WebhookDelivery } from './types';
import { WebhookDispatcher } from './webhookDispatcher';

const API_PREFIX = '/api/3';
const CONTROL_PREFIX = '/__sandbox';

function seedOptions(seedOpt: boolean | SeedOptions | undefined): SeedOptions | undefined {
	if (seedOpt === false) return undefined;
	return seedOpt === true || seedOpt === undefined ? {} : seedOpt;
}

export class SandboxServer {
	readonly store = new Store();
	readonly requests: RecordedRequest[] = [];
	readonly token: string;
	readonly faults = new FaultInjector();
	readonly limiter: RateLimiter;
	readonly webhooks: WebhookDispatcher;
	readonly imports: ImportQueue;
	latency: Latency;
	dateFilterPrecision: DateFilterPrecision;
	url = '';
	port = 0;
	private readonly server: http.Server;
	private readonly router = buildRouter();
	private seedOpt: boolean | SeedOptions | undefined;

	constructor(private readonly opts: SandboxOptions = {}) {
		this.token = opts.token ?? 'sandbox-token';
		this.limiter = new RateLimiter(opts.rateLimit === undefined ? 5 : opts.rateLimit);
		this.latency = checkLatency(opts.latencyMs ?? 0);
		this.dateFilterPrecision = opts.dateFilterPrecision ?? 'time';
		this.webhooks = new WebhookDispatcher(this.store);
		this.webhooks.enabled = opts.webhookDelivery !== false;
		this.imports = new ImportQueue(() => this.systemCtx(), opts.importTimeline);
		this.seedOpt = opts.seed;
		const seedWith = seedOptions(opts.seed);
		if (seedWith) seed(this.store, seedWith);
		this.server = http.createServer((req, res) => {
			this.handle(req, res).catch((error: unknown) => {
				send(res, { status: 500, body: { message: `Sandbox error: ${(error as Error).message}` } });
			});
		});
		this.server.keepAliveTimeout = 5000;
	}

	get deliveries(): WebhookDelivery[] {
		return this.webhooks.deliveries;
	}

	listen(): Promise<void> {
		return new Promise((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(this.opts.port ?? 0, '127.0.0.1', () => {
				this.server.off('error', reject);
				this.port = (this.server.address() as AddressInfo).port;
				this.url = `http://127.0.0.1:${this.port}`;
				resolve();
			});
		});
	}

	close(): Promise<void> {
		this.imports.clear();
		return new Promise((resolve) => {
			this.server.close(() => resolve());
			this.server.closeAllConnections();
		});
	}

	reset(opts: { seed?: boolean | SeedOptions } = {}): void {
		if (opts.seed !== undefined) this.seedOpt = opts.seed;
		this.store.clear();
		this.requests.length = 0;
		this.webhooks.clear();
		this.faults.clear();
		this.limiter.reset();
		this.imports.clear();
		this.latency = checkLatency(this.opts.latencyMs ?? 0);
		this.dateFilterPrecision = this.opts.dateFilterPrecision ?? 'time';
		const seedWith = seedOptions(this.seedOpt);
		if (seedWith) seed(this.store, seedWith);
	}

	setLatency(latency: Latency): void {
		this.latency = checkLatency(latency);
	}

	addContacts(count: number): void {
		addSyntheticContacts(this.store, count);
	}

	injectFault(fault: Fault): void {
		this.faults.add(fault);
	}

	/** Context for work not caused by an API request (imports, test helpers). Webhooks are not emitted. */
	systemCtx(): Ctx {
		const services = this.services(() => undefined);
		return { store: this.store, base: this.url, method: 'SYSTEM', path: '', params: {}, query: {}, body: undefined, bytes: 0, services, emit: services.emit };
	}

	private services(emit: (type: string, data: EventData) => void): Services {
		return { emit, imports: this.imports };
	}

	/** Trigger a webhook event as if it happened in the account (default source 'api'). */
	emitWebhookEvent(type: string, opts: EmitWebhookOptions = {}): Promise<WebhookDelivery[]> {
		const data: EventData = {
			contactId: opts.contactId === undefined ? undefined : String(opts.contactId),
			dealId: opts.dealId === undefined ? undefined : String(opts.dealId),
			listId: opts.listId === undefined ? undefined : String(opts.listId),
			source: opts.source ?? 'api',
			extra: opts.extra,
		};
		return this.webhooks.send(this.webhooks.prepare(type, data));
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const path = url.pathname;
		if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
			const raw = await readBody(req);
			let body: unknown;
			try {
				body = raw ? JSON.parse(raw) : undefined;
			} catch {
				return send(res, { status: 400, body: { message: 'Invalid JSON' } });
			}
			return send(res, await handleControl(this, req.method ?? 'GET', path.slice(CONTROL_PREFIX.length) || '/', url, body));
		}
		if (path === TRACKCMP_PREFIX || path.startsWith(`${TRACKCMP_PREFIX}/`)) return await this.handleTracking(req, res, url);
		if (path !== API_PREFIX && !path.startsWith(`${API_PREFIX}/`)) {
			return send(res, {
				status: 404,
				body: { message: 'Not Found. The ActiveCampaign sandbox serves the API under /api/3 (control API under /__sandbox).' },
			});
		}
		await this.handleApi(req, res, url);
	}

	private async handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
		const arrivedAt = Date.now();
		// Counted on arrival, before anything else: the strictest reading of "5 requests per second" (rateLimit.ts).
		const rate = this.limiter.hit(arrivedAt);
		const rateHeaders: Record<string, string> = rate ? { 'RateLimit-Limit': String(rate.limit), 'RateLimit-Remaining': String(rate.remaining) } : {};
		const method = (req.method ?? 'GET').toUpperCase();
		const query = parseQuery(url.search);
		const entry: RecordedRequest = {
			method,
			path: url.pathname,
			query,
			ignoredQuery: [],
			bytes: 0,
			body: undefined,
			status: 0,
			startedAt: arrivedAt,
			finishedAt: 0,
		};
		this.requests.push(entry);
		res.on('close', () => {
			if (!entry.finishedAt) entry.finishedAt = Date.now();
		});
		let raw = '';
		try {
			raw = await readBody(req);
		} catch (error) {
			return this.finish(res, entry, { ...(error instanceof ApiError ? { status: error.status, body: error.body } : { status: 400, body: {} }), headers: rateHeaders });
		}
		entry.bytes = Buffer.byteLength(raw);

		const fault = this.faults.take(method, url.pathname);
		if (fault) {
			entry.body = safeParse(raw);
			if (fault.resetConnection) {
				entry.status = 0;
				entry.finishedAt = Date.now();
				req.socket.destroy();
				return;
			}
			const body = fault.body ?? { message: STATUS_CODES[fault.status] ?? 'Error' };
			return this.finish(res, entry, { status: fault.status, body, headers: { ...rateHeaders, ...(fault.headers ?? {}) } });
		}

		let body: unknown;
		try {
			body = parseBody(raw, req.headers['content-type']);
		} catch (error) {
			entry.body = raw;
			return this.finish(res, entry, { status: 400, body: (error as ApiError).body ?? {}, headers: rateHeaders });
		}
		entry.body = body;

		if (req.headers['api-token'] !== this.token) return this.finish(res, entry, { status: 403, body: { message: 'Forbidden' }, headers: rateHeaders });

		if (rate && !rate.allowed)
			return this.finish(res, entry, {
				status: 429,
				body: { message: 'Too Many Requests' },
				headers: { ...rateHeaders, 'Retry-After': String(rate.retryAfter ?? 1) },
			});

		const apiPath = url.pathname.slice(API_PREFIX.length) || '/';
		const match = this.router.match(method, apiPath.replace(/\/+$/, '') || '/');
		if (!match || match === 'method')
			return this.finish(res, entry, { status: 404, body: { message: `No route found for ${method} ${url.pathname}` }, headers: rateHeaders });

		// Like ActiveCampaign may, act only on query keys documented for the path: drop the others, and log them.
		const honoured: typeof query = {};
		for (const [key, value] of Object.entries(query)) {
			if (isHonoured(key, match.honours)) honoured[key] = value;
			else entry.ignoredQuery.push(key);
		}
		if (entry.ignoredQuery.length) this.opts.log?.(`ignored query ${entry.ignoredQuery.join(', ')} on ${method} ${match.pattern} (not documented for this path)`);
		if (this.dateFilterPrecision === 'day') dateOnly(honoured);

		const pending: Array<ReturnType<WebhookDispatcher['prepare']>> = [];
		const services = this.services((type, data) => pending.push(this.webhooks.prepare(type, data)));
		const ctx: Ctx = { store: this.store, base: this.url, method, path: apiPath, params: match.params, query: honoured, body, bytes: entry.bytes, services, emit: services.emit };
		let reply: Reply;
		try {
			reply = await match.handler(ctx);
		} catch (error) {
			if (error instanceof ApiError) reply = { status: error.status, body: error.body };
			else reply = { status: 500, body: { message: `Sandbox error: ${(error as Error).message}` } };
			pending.length = 0;
		}
		reply.headers = { ...rateHeaders, ...(reply.headers ?? {}) };
		await this.finish(res, entry, reply);
		if (pending.length) setImmediate(() => void this.webhooks.send(pending.flat()));
	}

	/**
	 * ActiveCampaign's event-tracking host (trackcmp.net, not API v3), served under /trackcmp: logged like API
	 * requests, with faults; no Api-Token and not counted against the API's rate limit.
	 */
	private async handleTracking(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
		const method = (req.method ?? 'GET').toUpperCase();
		const entry: RecordedRequest = { method, path: url.pathname, query: parseQuery(url.search), ignoredQuery: [], bytes: 0, body: undefined, status: 0, startedAt: Date.now(), finishedAt: 0 };
		this.requests.push(entry);
		const raw = await readBody(req).catch(() => '');
		entry.bytes = Buffer.byteLength(raw);
		const fault = this.faults.take(method, url.pathname);
		if (fault?.resetConnection) {
			entry.finishedAt = Date.now();
			req.socket.destroy();
			return;
		}
		if (fault) return this.finish(res, entry, { status: fault.status, body: fault.body ?? { message: STATUS_CODES[fault.status] ?? 'Error' }, headers: fault.headers });
		let body: unknown;
		try {
			body = parseBody(raw, req.headers['content-type']);
		} catch {
			body = raw;
		}
		entry.body = body;
		if (method !== 'POST' || url.pathname.replace(/\/+$/, '') !== `${TRACKCMP_PREFIX}/event`) return this.finish(res, entry, { status: 404, body: {} });
		return this.finish(res, entry, trackEvent(this.store, body, req.headers));
	}

	private async finish(res: ServerResponse, entry: RecordedRequest, reply: Reply): Promise<void> {
		const delay = latencyDraw(this.latency);
		if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
		entry.status = reply.status;
		send(res, reply);
		entry.finishedAt = Date.now();
	}
}

const DATE_FILTER = /^filters\[(created|updated)_(before|after)\]$/;

/** A server that ignores the time of day reads only the date of a date filter (dateFilterPrecision 'day'). */
function dateOnly(query: Record<string, string | string[]>): void {
	for (const [key, value] of Object.entries(query)) {
		if (!DATE_FILTER.test(key) || Array.isArray(value)) continue;
		const date = /^\d{4}-\d{2}-\d{2}/.exec(value.trim());
		if (date) query[key] = date[0];
	}
}

function checkLatency(latency: Latency): Latency {
	const isValidMs = (ms: number) => Number.isFinite(ms) && ms >= 0;
	if (typeof latency === 'number' ? !isValidMs(latency) : !(isValidMs(latency.min) && isValidMs(latency.max) && latency.min <= latency.max))
		throw new Error('latency must be a number of ms >= 0, or {min, max} with 0 <= min <= max');
	return latency;
}

/** The delay for one response: the fixed value, or uniformly drawn from the range. */
export function latencyDraw(latency: Latency): number {
	if (typeof latency === 'number') return latency;
	return latency.min + Math.random() * (latency.max - latency.min);
}

function safeParse(raw: string): unknown {
	if (!raw) return undefined;
	try {
		return JSON.parse(raw);
	} catch {
		return raw;
	}
}
