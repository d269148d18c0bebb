import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { CREDENTIAL_TYPE, apiBaseUrl } from '../../../shared/transport/apiUrl';
import { DEFAULT_MAX_BATCH_KB, importWindowFor, MAX_CONTACTS_PER_IMPORT, MAX_IMPORT_BYTES } from './limits';
import { ImportLookups } from './lookups';
import { requireJsonBody, sendWithPolicy } from '../../../shared/requestPolicy/policy';
import { findContactIds } from './contactIds';
import { accountOrigin, apiRequest, requestTimeoutMs, sendingWithSignal, type ApiContext } from '../../../shared/transport/request';

/**
 * Create or Update Many: the contacts of one node run sent to ActiveCampaign's bulk importer in batches, each
 * batch awaited through /import/info, each contact's result paired back to its item (FACTS §1).
 */

/** One contact in the importer's own (snake_case) shape. */
export interface ImportContact {
	email: string;
	first_name?: string;
	last_name?: string;
	phone?: string;
	customer_acct_name?: string;
	tags?: string[];
	fields?: Array<{ id: number; value: string }>;
	subscribe?: Array<{ listid: string }>;
	exclude_automations?: boolean;
}

export type ImportOutcome =
	| { ok: true; contactId: string; created: boolean; via: 'bulk_import' | 'contact_sync'; batchId?: string }
	| { ok: false; reason: string; description?: string; batchId?: string };

export interface ImportSettings {
	/** Contacts per import request, at most 250. */
	batchSize: number;
	/** Cap on one request's JSON body, in bytes (never above MAX_IMPORT_BYTES). */
	maxBatchBytes: number;
	/** How long to wait for one batch to complete, in ms. */
	timeoutMs: number;
}

export const DEFAULT_IMPORT_SETTINGS: ImportSettings = {
	batchSize: MAX_CONTACTS_PER_IMPORT,
	maxBatchBytes: DEFAULT_MAX_BATCH_KB * 1024,
	timeoutMs: 300_000,
};

/** `{"contacts":[` and `]}` around the contacts of a body. */
const BODY_FRAME_BYTES = Buffer.byteLength('{"contacts":[]}');
const FIRST_POLL_MS = 300;
const MAX_POLL_INTERVAL_MS = 5000;
const MAX_IMPORT_RATE_RETRIES = 3;
/** Terminal statuses of `/import/info` besides `completed`; ActiveCampaign never retries them (FACTS §1). */
const TERMINAL_FAILURES = ['failed', 'interrupted'];

interface Entry {
	contact: ImportContact;
	bytes: number;
	resolve: (outcome: ImportOutcome) => void;
}

interface FullResponse {
	status: number;
	body: IDataObject;
	headers: IDataObject;
}

/**
 * A request whose 2xx answers (and, when `pass400`, 400 answers) come back to the caller with their status (the
 * importer reports validation and its own rate limit as 400); 429, 5xx and the rest go through the engine's
 * retries and error mapping.
 */
async function requestFull(
	context: ApiContext,
	method: IHttpRequestMethods,
	path: string,
	body?: IDataObject,
	qs?: IDataObject,
	pass400 = false,
): Promise<FullResponse> {
	const origin = await accountOrigin(context);
	const timeoutMs = requestTimeoutMs(context);
	const options: IHttpRequestOptions = {
		method,
		baseURL: apiBaseUrl(origin),
		url: path,
		qs,
		body,
		json: true,
		headers: { Accept: 'application/json' },
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		arrayFormat: 'brackets',
		timeout: timeoutMs,
	};
	return await sendWithPolicy(context.getNode(), { origin, method, path, body, timeoutMs }, async (attempt) => {
		const response = (await sendingWithSignal(context, attempt, async () =>
			await context.helpers.httpRequestWithAuthentication.call(context, CREDENTIAL_TYPE, options),
		)) as IN8nHttpFullResponse;
		const status = Number(response.statusCode);
		if (status >= 200 && status < 300) requireJsonBody(response, method);
		const data = (response.body && typeof response.body === 'object' ? response.body : {}) as IDataObject;
		const headers = (response.headers ?? {}) as IDataObject;
		if ((status >= 200 && status < 300) || (pass400 && status === 400)) return { status, body: data, headers };
		// Shaped like what failures.readFailure understands, so the engine retries or maps it.
		throw Object.assign(new Error(`ActiveCampaign answered ${status}`), {
			httpCode: String(status),
			response: { status, headers: response.headers, body: response.body },
		});
	});
}

/** A contact's share of a body: its JSON, as sent (UTF-8). */
function byteLength(contact: ImportContact): number {
	return Buffer.byteLength(JSON.stringify(contact), 'utf8');
}

/** A thrown error as a contact's failed outcome (its message and, when it has one, its hint). */
export function failedOutcome(error: unknown): ImportOutcome {
	const thrown = (error ?? {}) as { message?: string; description?: string | null };
	return { ok: false, reason: String(thrown.message ?? error), description: thrown.description ?? undefined };
}

/** The importer's failure list holds emails (documented) or objects naming one: read either. */
function failedEmail(entry: unknown): string | undefined {
	if (typeof entry === 'string') return entry.trim().toLowerCase();
	if (entry && typeof entry === 'object') {
		const record = entry as IDataObject;
		const email = record.email ?? record.contact;
		if (typeof email === 'string') return email.trim().toLowerCase();
	}
	return undefined;
}

function failureReasonText(entry: unknown): string | undefined {
	if (entry && typeof entry === 'object') {
		const record = entry as IDataObject;
		const reason = record.failureReason ?? record.reason ?? record.message;
		if (typeof reason === 'string') return reason;
	}
	return undefined;
}

const normalEmail = (entry: Entry) => entry.contact.email.trim().toLowerCase();

/** A batch the importer completed: its contacts wait for their IDs (found once for the whole run, in `finish`). */
interface CompletedBatch {
	batchId: string;
	entries: Entry[];
	info: IDataObject;
}

/**
 * Sends the contacts of one node run to the bulk importer. Contacts are added in item order; a batch leaves as soon
 * as it holds `batchSize` contacts or its body would reach the byte cap, so the first import runs while later items
 * are still being read. A batch that fails fails its own contacts at once; the contacts of completed batches get
 * their IDs when every batch has ended. Each `add` resolves with that contact's own result and never rejects.
 */
export class BulkImporter {
	readonly lookups = new ImportLookups();
	private pending: Entry[] = [];
	private pendingBytes = BODY_FRAME_BYTES;
	private readonly inFlight: Array<Promise<void>> = [];
	private readonly completed: CompletedBatch[] = [];
	/** When the first import was sent, by the earlier of n8n's clock and ActiveCampaign's `Date` header. */
	private firstImportAt?: number;

	constructor(
		private readonly context: IExecuteFunctions,
		private readonly settings: ImportSettings,
	) {}

	private get capBytes(): number {
		return Math.min(this.settings.maxBatchBytes, MAX_IMPORT_BYTES);
	}

	async add(contact: ImportContact): Promise<ImportOutcome> {
		return await new Promise<ImportOutcome>((resolve) => {
			const bytes = byteLength(contact);
			if (BODY_FRAME_BYTES + bytes > MAX_IMPORT_BYTES) {
				resolve({
					ok: false,
					reason: `The contact ${contact.email} is too large for ActiveCampaign's bulk importer: its data takes ${bytes.toLocaleString('en-US')} bytes, and the importer takes requests under 400,000 bytes`,
					description: 'Shorten its longest values (custom fields, tags, names), or send this item with Contact > Create or Update.',
				});
				return;
			}
			const separator = this.pending.length > 0 ? 1 : 0;
			if (this.pending.length > 0 && this.pendingBytes + separator + bytes > this.capBytes) this.flush();
			this.pendingBytes += (this.pending.length > 0 ? 1 : 0) + bytes;
			this.pending.push({ contact, bytes, resolve });
			if (this.pending.length >= this.settings.batchSize || this.pendingBytes >= this.capBytes) this.flush();
		});
	}

	/** Sends what is left, waits for every batch, then pairs the completed batches' contacts with their IDs. */
	async finish(): Promise<void> {
		this.flush();
		await Promise.all(this.inFlight);
		const batches = this.completed.splice(0);
		try {
			await this.pair(batches);
		} catch (error) {
			const outcome = failedOutcome(error);
			for (const batch of batches) for (const entry of batch.entries) entry.resolve({ ...outcome, batchId: batch.batchId });
		}
	}

	private flush(): void {
		if (this.pending.length === 0) return;
		const batch = this.pending;
		this.pending = [];
		this.pendingBytes = BODY_FRAME_BYTES;
		this.inFlight.push(this.settle(batch));
	}

	private async settle(batch: Entry[]): Promise<void> {
		try {
			if (batch.length === 1) {
				// A one-contact import counts against the importer's stricter single-contact limit.
				await this.syncEntries(batch);
			} else {
				await this.importBatch(batch);
			}
		} catch (error) {
			const outcome = failedOutcome(error);
			for (const entry of batch) entry.resolve(outcome);
		}
	}

	/** One contact through /contact/sync instead of the importer (below 10 items, or a batch of one). */
	async sync(contact: ImportContact): Promise<ImportOutcome> {
		try {
			const { contactId, created } = await syncContact(this.context, contact, this.lookups);
			return { ok: true, contactId, created, via: 'contact_sync' };
		} catch (error) {
			return failedOutcome(error);
		}
	}

	private async syncEntries(entries: Entry[]): Promise<void> {
		await Promise.all(entries.map(async (entry) => entry.resolve(await this.sync(entry.contact))));
	}

	private async importBatch(batch: Entry[]): Promise<void> {
		const context = this.context;
		const origin = await accountOrigin(context);
		let entries = batch;
		let batchId: string | undefined;
		for (let attempt = 0; batchId === undefined; attempt++) {
			if (entries.length === 0) return;
			if (entries.length === 1) return await this.syncEntries(entries);
			await importWindowFor(origin).acquire();
			const sentAt = Date.now();
			const response = await requestFull(
				context,
				'POST',
				'/import/bulk_import',
				{ contacts: entries.map((entry) => entry.contact) as unknown as IDataObject[] },
				undefined,
				true,
			);
			if (response.status !== 400 && response.body.batchId) {
				batchId = String(response.body.batchId);
				const serverTime = Date.parse(String(response.headers.date ?? ''));
				const startedAt = Number.isFinite(serverTime) ? Math.min(sentAt, serverTime) : sentAt;
				this.firstImportAt = Math.min(this.firstImportAt ?? startedAt, startedAt);
				break;
			}
			const message = String(response.body.message ?? 'The import was refused');
			const reasons = Array.isArray(response.body.failureReasons) ? response.body.failureReasons : [];
			if (/rate limit/i.test(message) && attempt < MAX_IMPORT_RATE_RETRIES) {
				importWindowFor(origin).backOff(60_000);
				continue;
			}
			// Validation failed and nothing was queued: fail the contacts it names, send the rest again.
			const named = new Map<number, string>();
			for (const reason of reasons) {
				const index = Number((reason as IDataObject)?.contact);
				if (Number.isInteger(index) && index >= 0 && index < entries.length) {
					named.set(index, failureReasonText(reason) ?? message);
				}
			}
			if (named.size === 0 || attempt >= 2) {
				const detail = reasons.map((reason) => failureReasonText(reason) ?? String(reason)).join('; ');
				throw new Error(`ActiveCampaign refused the import: ${message}${detail ? ` (${detail})` : ''}`);
			}
			entries = entries.filter((entry, index) => {
				const reason = named.get(index);
				if (reason === undefined) return true;
				entry.resolve({ ok: false, reason: `ActiveCampaign rejected the contact ${entry.contact.email}: ${reason}` });
				return false;
			});
		}
		const info = await this.waitForBatch(batchId);
		this.completed.push({ batchId, entries, info });
	}

	/** Polls /import/info until the batch is completed; a failed or interrupted batch, or the timeout, throws. */
	private async waitForBatch(batchId: string): Promise<IDataObject> {
		const deadline = Date.now() + this.settings.timeoutMs;
		let interval = FIRST_POLL_MS;
		for (;;) {
			await sleep(Math.max(0, Math.min(interval, deadline - Date.now())));
			if (this.context.getExecutionCancelSignal()?.aborted) {
				throw new Error('The execution was cancelled while waiting for the import');
			}
			const info = await requestFull(this.context, 'GET', '/import/info', undefined, { batchId });
			const status = String(info.body.status ?? '').toLowerCase();
			if (status === 'completed') return info.body;
			if (TERMINAL_FAILURES.includes(status)) {
				throw Object.assign(new Error(`ActiveCampaign's importer ended the import of this contact (batch ${batchId}) as "${status}"`), {
					description:
						`ActiveCampaign does not retry a ${status} import and does not say which of its contacts it imported. ` +
						'Sending these items again is safe: the importer creates or updates contacts by email, so none is duplicated.',
				});
			}
			// `false` (polled too early), waiting, claimed, active, or a status unknown to us: not finished yet.
			if (Date.now() >= deadline) {
				const seconds = Math.round(this.settings.timeoutMs / 1000);
				throw Object.assign(
					new Error(`The import (batch ${batchId}) did not finish within ${seconds} seconds`),
					{
						description:
							'ActiveCampaign may still import these contacts later. Raise the option "Wait Timeout", or check the import in ActiveCampaign.',
					},
				);
			}
			interval = Math.min(Math.max(interval * 2, 1000), MAX_POLL_INTERVAL_MS);
		}
	}

	/**
	 * `/import/info` names the contacts it created (by ID) and the emails it rejected; an existing contact it updated
	 * is in neither list (FACTS §1). Every other contact of a completed batch was created or updated: its ID is found
	 * by email (findContactIds), once for all batches of the run.
	 */
	private async pair(batches: CompletedBatch[]): Promise<void> {
		const failed = new Map<string, string | undefined>();
		const created = new Set<string>();
		for (const { info } of batches) {
			for (const entry of Array.isArray(info.failure) ? info.failure : []) {
				const email = failedEmail(entry);
				if (email) failed.set(email, failureReasonText(entry));
			}
			for (const id of Array.isArray(info.success) ? info.success : []) {
				created.add(String(typeof id === 'object' && id !== null ? (id as IDataObject).id : id));
			}
		}
		const wanted = new Set<string>();
		for (const batch of batches) for (const entry of batch.entries) if (!failed.has(normalEmail(entry))) wanted.add(normalEmail(entry));
		const ids =
			wanted.size === 0
				? new Map<string, string>()
				: await findContactIds(
						async (query) => {
							const page = await requestFull(this.context, 'GET', '/contacts', undefined, query);
							const total = Number((page.body.meta as IDataObject | undefined)?.total);
							return {
								contacts: (page.body.contacts as IDataObject[] | undefined) ?? [],
								total: Number.isFinite(total) ? total : undefined,
							};
						},
						wanted,
						[...created],
						this.firstImportAt ?? Date.now(),
					);
		for (const { batchId, entries } of batches) {
			for (const entry of entries) {
				const email = normalEmail(entry);
				const contactId = ids.get(email);
				if (failed.has(email)) {
					const reason = failed.get(email);
					entry.resolve({
						ok: false,
						batchId,
						reason: `ActiveCampaign's importer rejected the contact ${entry.contact.email}${reason ? `: ${reason}` : ''}`,
						description:
							'The importer lists this address as failed: it is not a valid email address, or the account excludes it. The other contacts of the batch were imported.',
					});
				} else if (contactId !== undefined) {
					entry.resolve({ ok: true, contactId, created: created.has(contactId), via: 'bulk_import', batchId });
				} else {
					entry.resolve({
						ok: false,
						batchId,
						reason: `ActiveCampaign's importer reported no result for the contact ${entry.contact.email}`,
						description: `The import (batch ${batchId}) completed, but no contact with this email exists. Check the import in ActiveCampaign.`,
					});
				}
			}
		}
	}
}

/** Sends a contact through /contact/sync (201 created, 200 updated: FACTS §3) and applies its tags and lists. */
export async function syncContact(
	context: ApiContext,
	contact: ImportContact,
	lookups: ImportLookups,
): Promise<{ contactId: string; created: boolean }> {
	const body: IDataObject = { email: contact.email };
	if (contact.first_name !== undefined) body.firstName = contact.first_name;
	if (contact.last_name !== undefined) body.lastName = contact.last_name;
	if (contact.phone !== undefined) body.phone = contact.phone;
	if (contact.fields?.length) {
		body.fieldValues = contact.fields.map((field) => ({ field: String(field.id), value: field.value }));
	}
	const response = await requestFull(context, 'POST', '/contact/sync', { contact: body });
	const contactId = String((response.body.contact as IDataObject | undefined)?.id ?? '');
	for (const name of contact.tags ?? []) {
		const tag = await lookups.tagId(context, name);
		await apiRequest.call(context, 'POST', '/contactTags', { contactTag: { contact: contactId, tag } });
	}
	for (const { listid } of contact.subscribe ?? []) {
		await apiRequest.call(context, 'POST', '/contactLists', {
			contactList: { list: listid, contact: contactId, status: 1 },
		});
	}
	return { contactId, created: response.status === 201 };
}
