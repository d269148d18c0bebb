/**
 * Local ActiveCampaign API v3 sandbox (dev tooling, never published).
 *
 *   const sb = await startSandbox({ rateLimit: false });
 *   // credential: API URL = sb.url, API key = sb.token; API under `${sb.url}/api/3`
 *   await sb.close();
 */
import { SandboxServer } from './server';
import type { Store } from './store';
import type { DateFilterPrecision, EmitWebhookOptions, Fault, Latency, RecordedRequest, SandboxOptions, SeedOptions, WebhookDelivery } from './types';

export type {
	DateFilterPrecision,
	EmitWebhookOptions,
	Fault,
	ImportTimeline,
	Latency,
	RecordedRequest,
	SandboxOptions,
	SeedOptions,
	WebhookDelivery,
	WebhookSource,
} from './types';
export type { RouteInfo } from './router';
export { buildRouter } from './routes';
export type { Row, Store } from './store';
export { WEBHOOK_EVENTS, WEBHOOK_SOURCES, buildPayload } from './webhooks';

export interface Sandbox {
	/** 'http://127.0.0.1:<port>' — the value for the credential's API URL (the API lives under /api/3). */
	url: string;
	token: string;
	port: number;
	/** Every /api/3 request in arrival order (status 0 while in flight or when the connection was reset). */
	requests: RecordedRequest[];
	/** Every webhook POST the sandbox made. */
	deliveries: WebhookDelivery[];
	injectFault(f: Fault): void;
	setRateLimit(n: number | false): void;
	/** Delay per response: fixed ms, or a random range per response. */
	setLatency(latency: Latency): void;
	/** 'day': date filters read only the date of their value, like a server that ignores the time of day. */
	setDateFilterPrecision(precision: DateFilterPrecision): void;
	/** The next bulk import batches end with this terminal status instead of `completed` (FACTS §1). */
	failNextImports(status: 'failed' | 'interrupted', batches?: number): void;
	/** Wipe store, logs and faults, then reseed (default: the seed option the sandbox was started with). */
	reset(opts?: { seed?: boolean | SeedOptions }): void;
	/** Fast bulk insert of synthetic contacts (no webhooks). */
	addContacts(n: number): void;
	store: Store;
	/** Fire a webhook event as if it happened in the account; resolves with the deliveries made. */
	emitWebhookEvent(type: string, opts?: EmitWebhookOptions): Promise<WebhookDelivery[]>;
	waitForDeliveries(n: number, timeoutMs?: number): Promise<WebhookDelivery[]>;
	/** Process queued bulk imports immediately. */
	flushImports(): void;
	close(): Promise<void>;
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
	const server = new SandboxServer(opts);
	await server.listen();
	return {
		url: server.url,
		token: server.token,
		port: server.port,
		requests: server.requests,
		deliveries: server.deliveries,
		store: server.store,
		injectFault: (f) => server.injectFault(f),
		setRateLimit: (n) => server.limiter.set(n),
		setLatency: (latency) => server.setLatency(latency),
		setDateFilterPrecision: (precision) => {
			server.dateFilterPrecision = precision;
		},
		failNextImports: (status, batches) => server.imports.failNext(status, batches),
		reset: (o) => server.reset(o),
		addContacts: (n) => server.addContacts(n),
		emitWebhookEvent: (type, o) => server.emitWebhookEvent(type, o),
		waitForDeliveries: (n, timeoutMs) => server.webhooks.waitFor(n, timeoutMs),
		flushImports: () => server.imports.flush(),
		close: () => server.close(),
	};
}
