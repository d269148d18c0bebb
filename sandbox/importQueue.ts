/** Bulk contact import queue (POST /import/bulk_import, GET /import/info). Imports do not fire webhooks. */
import { randomUUID } from 'node:crypto';
import type { Ctx } from './context';
import { ApiError, isBlank, str } from './http';
import type { Json } from './store';
import { sqlDate } from './time';
import type { ImportTimeline } from './types';
import { EMAIL_RE, contactFields, findContactByEmail } from './resources/contacts';
import { setMembership } from './resources/contactLists';
import { setFieldValue } from './resources/fields';
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
		contacts.forEach((c: Json, i: number) => {
			if (!c || typeof c !== 'object') reasons.push({ contact: i, failureReason: 'Contact must be an object' });
			else if (isBlank(c.email) && isBlank(c.phone)) reasons.push({ contact: i, failureReason: "Field 'email' is required" });
			else if (c.fields !== undefined && (!Array.isArray(c.fields) || c.fields.some((f: Json) => isBlank(f?.id))))
				reasons.push({ contact: i, failureReason: "Field 'fields' must be an array of {id, value}" });
			else if (c.tags !== undefined && !Array.isArray(c.tags)) reasons.push({ contact: i, failureReason: "Field 'tags' must be an array" });
		});
		if (reasons.length) throw invalid(reasons);
		const cb = body.callback;
		if (cb !== undefined && (isBlank(cb?.url) || !['GET', 'POST'].includes(str(cb?.requestType).toUpperCase())))
			throw invalid(["Field 'callback' requires 'url' and 'requestType' (GET or POST)"]);
		return { contacts, callback: cb };
	}

	private checkRate(single: boolean): void {
		const now = Date.now();
		this.recent = this.recent.filter((r) => now - r.at < 60_000);
		const count = this.recent.filter((r) => r.single === single).length;
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

	private status(b: Batch, now = Date.now()): string | false {
		if (b.end) return b.end;
		const age = now - b.queuedAt;
		if (age < this.timeline.falseMs) return false;
		return age < this.timeline.waitingMs ? 'waiting' : 'active';
	}

	info(batchId: string): Json | undefined {
		const b = this.batches.get(batchId);
		if (!b) return undefined;
		return { status: this.status(b), success: [...b.success], failure: [...b.failure] };
	}

	overview(): Json {
		const group = (list: Batch[], at: (b: Batch) => number) => {
			const byDay = new Map<string, { forDate: string; batches: number; contacts: number }>();
			for (const b of list) {
				const d = sqlDate(at(b)).slice(0, 10);
				const e = byDay.get(d) ?? { forDate: d, batches: 0, contacts: 0 };
				e.batches += 1;
				e.contacts += b.contacts.length;
				byDay.set(d, e);
			}
			return [...byDay.values()];
		};
		const all = [...this.batches.values()];
		return {
			outstanding: group(all.filter((b) => !b.end), (b) => b.queuedAt),
			recentlyCompleted: group(all.filter((b) => b.end), (b) => b.completedAt ?? b.queuedAt),
		};
	}

	/** Process every queued batch now (tests). */
	flush(): void {
		for (const t of this.timers) clearTimeout(t);
		this.timers.clear();
		for (const b of this.batches.values()) if (!b.end) this.process(b);
	}

	clear(): void {
		for (const t of this.timers) clearTimeout(t);
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
		for (const c of applied) {
			const email = str(c.email).trim();
			if (email !== '' && !EMAIL_RE.test(email)) {
				batch.failure.push(email);
				continue;
			}
			try {
				const { id, created } = this.importOne(ctx, c);
				// FACTS §1: `success` holds newly created contacts only; an updated one is in neither list.
				if (created) batch.success.push(id);
			} catch {
				batch.failure.push(email || str(c.phone));
			}
		}
		batch.end = batch.endsWith;
		batch.completedAt = Date.now();
		this.callback(batch);
	}

	private importOne(ctx: Ctx, c: Json): { id: string; created: boolean } {
		const s = ctx.store;
		const email = str(c.email).trim();
		let row = email ? findContactByEmail(ctx, email) : undefined;
		const created = row === undefined;
		if (row) {
			if (c.first_name !== undefined) row.firstName = str(c.first_name);
			if (c.last_name !== undefined) row.lastName = str(c.last_name);
			if (c.phone !== undefined) row.phone = str(c.phone);
			s.touch(row);
		} else {
			const t = s.now();
			row = s.t('contacts').insert({ _c: t, _u: t, ...contactFields(c) });
		}
		const id = row.id;
		for (const name of Array.isArray(c.tags) ? c.tags : []) if (!isBlank(name)) addTag(ctx, id, findOrCreateTag(ctx, str(name)).id);
		for (const f of Array.isArray(c.fields) ? c.fields : [])
			if (s.t('fields').get(str(f.id))) setFieldValue(ctx, id, str(f.id), f.value);
		for (const l of Array.isArray(c.subscribe) ? c.subscribe : [])
			if (s.t('lists').get(str(l?.listid))) setMembership(ctx, id, str(l.listid), '1', '0');
		for (const l of Array.isArray(c.unsubscribe) ? c.unsubscribe : [])
			if (s.t('lists').get(str(l?.listid))) setMembership(ctx, id, str(l.listid), '2', '0');
		if (!isBlank(c.customer_acct_name)) {
			const name = str(c.customer_acct_name).trim();
			let acct = s.t('accounts').find((a) => a.name.toLowerCase() === name.toLowerCase());
			if (!acct) {
				const t = s.now();
				acct = s.t('accounts').insert({ _c: t, _u: t, name, accountUrl: null, owner: '1' });
			}
			if (!s.t('accountContacts').find((a) => a.contact === id)) {
				const t = s.now();
				s.t('accountContacts').insert({ _c: t, _u: t, account: acct.id, contact: id, jobTitle: '' });
			}
		}
		return { id, created };
	}

	private callback(batch: Batch): void {
		const cb = batch.callback;
		if (!cb || isBlank(cb.url)) return;
		try {
			const method = str(cb.requestType).toUpperCase();
			const params = new URLSearchParams();
			for (const p of Array.isArray(cb.params) ? cb.params : []) params.append(str(p.key), str(p.value));
			params.append('batchId', batch.id);
			if (str(cb.detailed_results) === 'true') {
				batch.success.forEach((id) => params.append('success[]', id));
				batch.failure.forEach((e) => params.append('failure[]', e));
			}
			const headers: Record<string, string> = {};
			for (const h of Array.isArray(cb.headers) ? cb.headers : []) headers[str(h.key)] = str(h.value);
			const url = new URL(str(cb.url));
			if (method === 'GET') for (const [k, v] of params) url.searchParams.append(k, v);
			else headers['Content-Type'] = 'application/x-www-form-urlencoded';
			void fetch(url, { method, headers, body: method === 'GET' ? undefined : params.toString() }).catch(() => undefined);
		} catch {
			// callbacks are best effort, like AC
		}
	}
}
