/**
 * Local ActiveCampaign API v3 sandbox (dev tooling, never published).
 *
 *   const sandbox = await startSandbox({ rateLimit: false });
 *   // credential: API URL = sandbox.url, API key = sandbox.token; API under `${sandbox.url}/api/3`
 *   await sandbox.close();
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
export { buildRouter } from './resources';
export type { Row, Store } from './store';
export { WEBHOOK_EVENTS, WEBHOOK_SOURCES, buildPayload } from './webhookDispatcher';

export interface Sandbox {
	/** 'http://127.0.0.1:<port>' — the value for the credential's API URL (the API lives under /api/3). */
	url: string;
	token: string;
	port: number;
	/** Every /api/3 request in arrival order (status 0 while in flight or when the connection was reset). */
	requests: RecordedRequest[];
	/** Every webhook POST the sandbox made. */
	deliveries: WebhookDelivery[];
	injectFault(fault: Fault): void;
	setRateLimit(limit: number | false): void;
	/** Delay per response: fixed ms, or a random range per response. */
	setLatency(latency: Latency): void;
	/** 'day': date filters read only the date of their value, like a server that ignores the time of day. */
	setDateFilterPrecision(precision: DateFilterPrecision): void;
	/** The next bulk import batches end with this terminal status instead of `completed` (FACTS §1). */
	failNextImports(status: 'failed' | 'interrupted', batches?: number): void;
	/** Wipe store, logs and faults, then reseed (default: the seed option the sandbox was started with). */
	reset(opts?: { seed?: boolean | SeedOptions }): void;
	/** Fast bulk insert of synthetic contacts (no webhooks). */
	addContacts(count: number): void;
	store: Store;
	/** Fire a webhook event as if it happened in the account; resolves with the deliveries made. */
	emitWebhookEvent(type: string, opts?: EmitWebhookOptions): Promise<WebhookDelivery[]>;
	waitForDeliveries(count: number, timeoutMs?: number): Promise<WebhookDelivery[]>;
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
		injectFault: (fault) => server.injectFault(fault),
		setRateLimit: (limit) => server.limiter.set(limit),
		setLatency: (latency) => server.setLatency(latency),
		setDateFilterPrecision: (precision) => {
			server.dateFilterPrecision = precision;
		},
		failNextImports: (status, batches) => server.imports.failNext(status, batches),
		reset: (options) => server.reset(options),
		addContacts: (count) => server.addContacts(count),
		emitWebhookEvent: (type, options) => server.emitWebhookEvent(type, options),
		waitForDeliveries: (count, timeoutMs) => server.webhooks.waitFor(count, timeoutMs),
		flushImports: () => server.imports.flush(),
		close: () => server.close(),
	};
}
