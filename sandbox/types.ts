/** Public types of the ActiveCampaign API v3 sandbox. */

export interface SeedOptions {
	/** Number of seeded contacts (default 25). */
	contacts?: number;
	/** Number of seeded deals (default 10). */
	deals?: number;
}

export interface SandboxOptions {
	/** Port to listen on; default 0 = a free port. Host is always 127.0.0.1. */
	port?: number;
	/** Expected `Api-Token` header value; default 'sandbox-token'. */
	token?: string;
	/** Requests per second per account (sliding 1000 ms window); default 5; false = off. */
	rateLimit?: number | false;
	/** Seed deterministic demo data; default true. */
	seed?: boolean | SeedOptions;
	/** Artificial delay per response in ms: a fixed value or a random range per response; default 0. */
	latencyMs?: Latency;
	/**
	 * How `filters[created|updated_before|after]` read their value (FACTS §2: whether ActiveCampaign honours the time of
	 * day is unknown): 'time' (default) honours date, time and offset; 'day' reads only the date (YYYY-MM-DD) of the value.
	 */
	dateFilterPrecision?: DateFilterPrecision;
	/** Bulk import lifecycle timings (see importQueue.ts); defaults keep a batch about 0.6 s in flight. */
	importTimeline?: Partial<ImportTimeline>;
	/** Deliver webhooks to registered URLs; default true. */
	webhookDelivery?: boolean;
	/** Where the sandbox writes notes about requests (query keys it ignored); default nowhere. The CLI prints them. */
	log?: (line: string) => void;
}

export type Latency = number | { min: number; max: number };

export type DateFilterPrecision = 'time' | 'day';

export interface ImportTimeline {
	/** `/import/info` answers `status: false` while the batch is younger than this (FACTS §1). */
	falseMs: number;
	/** Then `waiting` until this age, then `active`... */
	waitingMs: number;
	/** ...until this age, when the contacts are applied and the batch is `completed` (or failed/interrupted). */
	completeMs: number;
}

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, unknown>;
	/** Query parameters the sandbox did not act on: not documented for this path, so ignored (like ActiveCampaign may). */
	ignoredQuery: string[];
	/** Size of the request body in bytes, as received. */
	bytes: number;
	body: unknown;
	status: number;
	startedAt: number;
	finishedAt: number;
}

export interface Fault {
	method?: string;
	/** string = exact path without query (e.g. '/api/3/contacts/1'); RegExp tested against the path. */
	path: string | RegExp;
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
	/** How many matching requests get this answer; default 1. */
	times?: number;
	/** Destroy the socket instead of answering. */
	resetConnection?: boolean;
}

export interface WebhookDelivery {
	url: string;
	/** The application/x-www-form-urlencoded body that was sent. */
	body: string;
	/** Event type (also present in body as `type`). */
	type: string;
	/** Webhook subscription id. */
	webhookId: string;
	status?: number;
	error?: string;
	at: number;
}

export type WebhookSource = 'public' | 'admin' | 'api' | 'system';

export interface EmitWebhookOptions {
	contactId?: string | number;
	dealId?: string | number;
	listId?: string | number;
	/** initiated_from / initiated_by; default 'api'. */
	source?: WebhookSource;
	/** Extra flat form keys merged into the payload, e.g. { 'tag': 'vip' }. */
	extra?: Record<string, string>;
}
