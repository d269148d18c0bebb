/** Bulk contact import queue (POST /import/bulk_import, GET /import/info). Imports do not fire webhooks. */
import { randomUUID } from 'node:crypto';
import type { Ctx } from './context';
import { ApiError, isBlank, str } from './http';
import type { Json } from './store';
import { sqlDate } from './time';
import type { ImportTimeline } from './types';
import { EMAIL_RE, contactFields, findContactByEmail } from './resources/contacts';
import { setMembership } from './resources/contactLists';
import { setFieldValue } from './resources/contactFields';
import { addTag, findOrCreateTag } from './resources/tags';

export const MAX_CONTACTS_PER_IMPORT = 250;
/** FACTS §1: the payload must be under 400,000 bytes (399,999 or less). */
export const MAX_IMPORT_BYTES = 399_999;
export const SINGLE_IMPORTS_PER_MINUTE = 20;
export const MULTI_IMPORTS_PER_MINUTE = 100;
export const DEFAULT_IMPORT_TIMELINE: ImportTimeline = { falseMs: 250, waitingMs: 400, completeMs: 600 };

type TerminalFailure = 'failed' | 'interrupted';

interface Batch {
	id: string;
	/** Set when the batch ends; before that the status follows the timeline. */
	end?: 'completed' | TerminalFailure;
	/** How this batch will end (a test asked for a failure), decided when it was queued. */
	endsWith: 'completed' | TerminalFailure;
	contacts: Json[];
	callback: Json;
	success: string[];
	failure: string[];
	queuedAt: number;
	completedAt?: number;
}

function invalid(failureReasons: Json[], message = 'JSON payload did not pass validation. Please fix failure Reasons and retry. The import was not queued for processing.'): ApiError {
	return new ApiError(400, { success: 0, message, failureReasons });
}

/**
 * The bulk importer as FACTS §1 documents it: `/import/info` lists in `success` only the IDs of contacts it CREATED
 * (an existing contact it updated is in neither list) and in `failure` the emails it rejected; `status` is the
 * boolean `false` right after the import, then `waiting`, `active`, and finally `completed`, or `failed` /
 * `interrupted` (terminal, never retried; set with failNext).
 */
export class ImportQueue {
	private readonly batches = new Map<string, Batch>();
	private readonly timers = new Set<NodeJS.Timeout>();
	private recent: Array<{ at: number; single: boolean }> = [];
	private readonly timeline: ImportTimeline;
	private failures: TerminalFailure[] = [];

	constructor(
		private readonly systemCtx: () => Ctx,
		timeline: Partial<ImportTimeline> = {},
	) {
		this.timeline = { ...DEFAULT_IMPORT_TIMELINE, ...timeline };
	}

	/** The next `count` batches end with `status` (failed: nothing applied; interrupted: the first half applied). */
	failNext(status: TerminalFailure, count = 1): void {
		for (let i = 0; i < count; i++) this.failures.push(status);
	}

	validate(body: Json, bytes: number): { contacts: Json[]; callback: Json } {
		if (bytes > MAX_IMPORT_BYTES)
			throw invalid([`The payload must be under 400,000 bytes; this one has ${bytes}.`], 'The import was not queued for processing.');
		const contacts = body?.contacts;
		if (!Array.isArray(contacts) || contacts.length === 0) throw invalid(["Field 'contacts' is required and must be a non-empty array"]);
		if (contacts.length > MAX_CONTACTS_PER_IMPORT)
			throw invalid([`Up to ${MAX_CONTACTS_PER_IMPORT} contacts may be included in a single request.`]);
		const reasons: Json[] = [];
		contacts.forEach((contact: Json, index: number) => {
			if (!contact || typeof contact !== 'object') reasons.push({ contact: index, failureReason: 'Contact must be an object' });
			else if (isBlank(contact.email) && isBlank(contact.phone)) reasons.push({ contact: index, failureReason: "Field 'email' is required" });
			else if (contact.fields !== undefined && (!Array.isArray(contact.fields) || contact.fields.some((field: Json) => isBlank(field?.id))))
				reasons.push({ contact: index, failureReason: "Field 'fields' must be an array of {id, value}" });
			else if (contact.tags !== undefined && !Array.isArray(contact.tags)) reasons.push({ contact: index, failureReason: "Field 'tags' must be an array" });
		});
		if (reasons.length) throw invalid(reasons);
		const callback = body.callback;
		if (callback !== undefined && (isBlank(callback?.url) || !['GET', 'POST'].includes(str(callback?.requestType).toUpperCase())))
			throw invalid(["Field 'callback' requires 'url' and 'requestType' (GET or POST)"]);
		return { contacts, callback };
	}

	private checkRate(single: boolean): void {
		const now = Date.now();
		this.recent = this.recent.filter((request) => now - request.at < 60_000);
		const count = this.recent.filter((request) => request.single === single).length;
		const limit = single ? SINGLE_IMPORTS_PER_MINUTE : MULTI_IMPORTS_PER_MINUTE;
		if (count >= limit)
			throw new ApiError(400, {
				success: 0,
				message: 'Rate limit exceeded.',
				failureReasons: [
					`Up to ${limit} imports may be requested per minute.Please batch contacts into larger requests, or retry this request in a minute.`,
				],
			});
		this.recent.push({ at: now, single });
	}

	enqueue(contacts: Json[], callback: Json): { batchId: string } {
		this.checkRate(contacts.length === 1);
		const batch: Batch = {
			id: randomUUID(),
			endsWith: this.failures.shift() ?? 'completed',
			contacts,
			callback,
			success: [],
			failure: [],
			queuedAt: Date.now(),
		};
		this.batches.set(batch.id, batch);
		const timer = setTimeout(() => {
			this.timers.delete(timer);
			this.process(batch);
		}, this.timeline.completeMs);
		this.timers.add(timer);
		return { batchId: batch.id };
	}

	private status(batch: Batch, now = Date.now()): string | false {
		if (batch.end) return batch.end;
		const age = now - batch.queuedAt;
		if (age < this.timeline.falseMs) return false;
		return age < this.timeline.waitingMs ? 'waiting' : 'active';
	}

	info(batchId: string): Json | undefined {
		const batch = this.batches.get(batchId);
		if (!batch) return undefined;
		return { status: this.status(batch), success: [...batch.success], failure: [...batch.failure] };
	}

	overview(): Json {
		const group = (list: Batch[], timeOf: (batch: Batch) => number) => {
			const byDay = new Map<string, { forDate: string; batches: number; contacts: number }>();
			for (const batch of list) {
				const day = sqlDate(timeOf(batch)).slice(0, 10);
				const entry = byDay.get(day) ?? { forDate: day, batches: 0, contacts: 0 };
				entry.batches += 1;
				entry.contacts += batch.contacts.length;
				byDay.set(day, entry);
			}
			return [...byDay.values()];
		};
		const all = [...this.batches.values()];
		return {
			outstanding: group(all.filter((batch) => !batch.end), (batch) => batch.queuedAt),
			recentlyCompleted: group(all.filter((batch) => batch.end), (batch) => batch.completedAt ?? batch.queuedAt),
		};
	}

	/** Process every queued batch now (tests). */
	flush(): void {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		for (const batch of this.batches.values()) if (!batch.end) this.process(batch);
	}

	clear(): void {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		this.batches.clear();
		this.recent = [];
		this.failures = [];
	}

	private process(batch: Batch): void {
		if (batch.end) return;
		const ctx = this.systemCtx();
		const applied =
			batch.endsWith === 'failed' ? [] : batch.endsWith === 'interrupted' ? batch.contacts.slice(0, Math.floor(batch.contacts.length / 2)) : batch.contacts;
		for (const contact of applied) {
			const email = str(contact.email).trim();
			if (email !== '' && !EMAIL_RE.test(email)) {
				batch.failure.push(email);
				continue;
			}
			try {
				const { id, created } = this.importOne(ctx, contact);
				// FACTS §1: `success` holds newly created contacts only; an updated one is in neither list.
				if (created) batch.success.push(id);
			} catch {
				batch.failure.push(email || str(contact.phone));
			}
		}
		batch.end = batch.endsWith;
		batch.completedAt = Date.now();
		this.callback(batch);
	}

	private importOne(ctx: Ctx, contact: Json): { id: string; created: boolean } {
		const store = ctx.store;
		const email = str(contact.email).trim();
		let row = email ? findContactByEmail(ctx, email) : undefined;
		const created = row === undefined;
		if (row) {
			if (contact.first_name !== undefined) row.firstName = str(contact.first_name);
			if (contact.last_name !== undefined) row.lastName = str(contact.last_name);
			if (contact.phone !== undefined) row.phone = str(contact.phone);
			store.touch(row);
		} else {
			const now = store.now();
			row = store.table('contacts').insert({ _c: now, _u: now, ...contactFields(contact) });
		}
		const id = row.id;
		for (const name of Array.isArray(contact.tags) ? contact.tags : []) if (!isBlank(name)) addTag(ctx, id, findOrCreateTag(ctx, str(name)).id);
		for (const field of Array.isArray(contact.fields) ? contact.fields : [])
			if (store.table('fields').get(str(field.id))) setFieldValue(ctx, id, str(field.id), field.value);
		for (const subscription of Array.isArray(contact.subscribe) ? contact.subscribe : [])
			if (store.table('lists').get(str(subscription?.listid))) setMembership(ctx, id, str(subscription.listid), '1', '0');
		for (const unsubscription of Array.isArray(contact.unsubscribe) ? contact.unsubscribe : [])
			if (store.table('lists').get(str(unsubscription?.listid))) setMembership(ctx, id, str(unsubscription.listid), '2', '0');
		if (!isBlank(contact.customer_acct_name)) {
			const name = str(contact.customer_acct_name).trim();
			let account = store.table('accounts').find((account) => account.name.toLowerCase() === name.toLowerCase());
			if (!account) {
				const now = store.now();
				account = store.table('accounts').insert({ _c: now, _u: now, name, accountUrl: null, owner: '1' });
			}
			if (!store.table('accountContacts').find((link) => link.contact === id)) {
				const now = store.now();
				store.table('accountContacts').insert({ _c: now, _u: now, account: account.id, contact: id, jobTitle: '' });
			}
		}
		return { id, created };
	}

	private callback(batch: Batch): void {
		const callback = batch.callback;
		if (!callback || isBlank(callback.url)) return;
		try {
			const method = str(callback.requestType).toUpperCase();
			const params = new URLSearchParams();
			for (const param of Array.isArray(callback.params) ? callback.params : []) params.append(str(param.key), str(param.value));
			params.append('batchId', batch.id);
			if (str(callback.detailed_results) === 'true') {
				batch.success.forEach((id) => params.append('success[]', id));
				batch.failure.forEach((email) => params.append('failure[]', email));
			}
			const headers: Record<string, string> = {};
			for (const header of Array.isArray(callback.headers) ? callback.headers : []) headers[str(header.key)] = str(header.value);
			const url = new URL(str(callback.url));
			if (method === 'GET') for (const [key, value] of params) url.searchParams.append(key, value);
			else headers['Content-Type'] = 'application/x-www-form-urlencoded';
			void fetch(url, { method, headers, body: method === 'GET' ? undefined : params.toString() }).catch(() => undefined);
		} catch {
			// callbacks are best effort, like AC
		}
	}
}
