/** Per-request context passed to resource handlers. */
import type { Query } from './http';
import type { ImportQueue } from './importQueue';
import type { Json, Store } from './store';
import type { WebhookSource } from './types';

export interface EventData {
	contactId?: string;
	dealId?: string;
	listId?: string;
	source?: WebhookSource;
	/** Extra flat form keys (e.g. `tag`, `note`, `task[id]`). */
	extra?: Record<string, string>;
	/** deal_update: names of the changed deal fields (sent as updated_fields[n]). */
	updatedFields?: string[];
}

export interface Services {
	/** Queue a webhook event (delivered after the response is sent). */
	emit(type: string, data: EventData): void;
	/** Bulk-import queue. */
	imports: ImportQueue;
}

export interface Ctx {
	store: Store;
	/** Base URL of this sandbox, e.g. http://127.0.0.1:8787 */
	base: string;
	method: string;
	/** Path below /api/3, e.g. /contacts/1 */
	path: string;
	params: Record<string, string>;
	/** The query keys the route honours (the server strips the others before the handler runs). */
	query: Query;
	body: Json;
	/** Size of the request body in bytes, as received. */
	bytes: number;
	services: Services;
	emit(type: string, data: EventData): void;
}

/** Absolute links object: { name: `${base}/api/3/${path}/${id}/${name}` }. */
export function links(ctx: Ctx, path: string, id: string, names: string[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of names) out[name] = `${ctx.base}/api/3/${path}/${id}/${name}`;
	return out;
}
