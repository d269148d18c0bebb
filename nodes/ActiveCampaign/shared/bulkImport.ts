import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { CREDENTIAL_TYPE, apiBaseUrl } from './apiUrl';
import { importWindowFor, MAX_CONTACTS_PER_IMPORT, MIN_ITEMS_FOR_IMPORT } from './bulkImportLimits';
import { ImportLookups } from './bulkImportLookups';
import { sendWithPolicy } from './requestPolicy';
import { nodeRunKey } from './runMemo';
import { accountOrigin, apiRequest, PAGE_SIZE } from './transport';

/**
 * Create or Update Many: gathering the items of one node run into bulk imports.
 *
 * A declarative node has no execute(): RoutingNode calls the operation's pagination function once per item,
 * all items at once, and pairs each call's result (or error) with its item. So every item's call joins the
 * same ImportRun (one per node run, found through the run's input array), hands over its contact and waits.
 * The run sends a batch when 250 contacts (or the byte cap) are gathered, when every item has arrived, or
 * after a short quiet spell (the Batching request option delays items); it then polls /import/info and
 * settles each item's promise with that contact's own result.
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
	| { ok: true; contactId: string; via: 'bulk_import' | 'contact_sync'; batchId?: string }
	| { ok: false; reason: string; description?: string; batchId?: string };

export interface ImportSettings {
	/** Contacts per import request, at most 250. */
	batchSize: number;
	/** Cap on one request's JSON body, in bytes. */
	maxBatchBytes: number;
	/** How long to wait for one batch to complete, in ms. */
	timeoutMs: number;
	/** Send what has been gathered after this long without a new item, in ms. */
	idleMs: number;
}

export const DEFAULT_IMPORT_SETTINGS: ImportSettings = {
	batchSize: MAX_CONTACTS_PER_IMPORT,
	maxBatchBytes: 512 * 1024,
	timeoutMs: 300_000,
	idleMs: 1500,
};

const BODY_OVERHEAD_BYTES = 32;
const FIRST_POLL_MS = 300;
const MAX_POLL_INTERVAL_MS = 5000;
const MAX_IMPORT_RATE_RETRIES = 3;

interface Entry {
	context: IExecuteSingleFunctions;
	contact: ImportContact;
	bytes: number;
	resolve: (outcome: ImportOutcome) => void;
}

interface FullResponse {
	status: number;
	body: IDataObject;
}

/**
 * A request whose 2xx and 400 answers come back to the caller (the importer reports validation and its own
 * rate limit as 400); 429, 5xx and the rest go through the engine's retries and error mapping.
 */
async function requestFull(
	context: IExecuteSingleFunctions,
	method: IHttpRequestMethods,
	path: string,
	body?: IDataObject,
	qs?: IDataObject,
): Promise<FullResponse> {
	const origin = await accountOrigin(context);
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
	};
	return await sendWithPolicy(context.getNode(), { origin, method, path }, async () => {
		const response = (await context.helpers.httpRequestWithAuthentication.call(
			context,
			CREDENTIAL_TYPE,
			options,
		)) as IN8nHttpFullResponse;
		const status = Number(response.statusCode);
		const data = (response.body && typeof response.body === 'object' ? response.body : {}) as IDataObject;
		if ((status >= 200 && status < 300) || status === 400) return { status, body: data };
		// Shaped like what failures.readFailure understands, so the engine retries or maps it.
		throw Object.assign(new Error(`ActiveCampaign answered ${status}`), {
			httpCode: String(status),
			response: { status, headers: response.headers, body: response.body },
		});
	});
}

function byteLength(contact: ImportContact): number {
	return Buffer.byteLength(JSON.stringify(contact), 'utf8') + 1;
}

function errorText(error: unknown): { reason: string; description?: string } {
	const thrown = (error ?? {}) as { message?: string; description?: string | null };
	return { reason: String(thrown.message ?? error), description: thrown.description ?? undefined };
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

export class ImportRun {
	readonly lookups = new ImportLookups();
	readonly mode: 'import' | 'sync';
	private pending: Entry[] = [];
	private pendingBytes = BODY_OVERHEAD_BYTES;
	private arrived = 0;
	private lastArrival = Date.now();
	private watching = false;

	constructor(
		readonly total: number,
		readonly settings: ImportSettings,
	) {
		this.mode = total < MIN_ITEMS_FOR_IMPORT ? 'sync' : 'import';
	}

	/** Hands over one item's contact; resolves with that contact's own result (never rejects). */
	async submit(context: IExecuteSingleFunctions, contact: ImportContact): Promise<ImportOutcome> {
		return await new Promise<ImportOutcome>((resolve) => {
			const bytes = byteLength(contact);
			if (this.pending.length > 0 && this.pendingBytes + bytes > this.settings.maxBatchBytes) this.flush();
			this.pending.push({ context, contact, bytes, resolve });
			this.pendingBytes += bytes;
			this.noteArrival();
			if (this.pending.length >= this.settings.batchSize) this.flush();
		});
	}

	/** Every item of the node run has arrived: a later call belongs to a new run (e.g. Retry On Fail). */
	get complete(): boolean {
		return this.arrived >= this.total;
	}

	/** An item that failed before it had a contact to hand over (e.g. an unknown custom field). */
	abandon(): void {
		this.noteArrival();
	}

	private noteArrival(): void {
		this.arrived++;
		this.lastArrival = Date.now();
		if (this.arrived >= this.total) {
			this.flush();
			return;
		}
		if (!this.watching) {
			this.watching = true;
			void this.watchIdle();
		}
	}

	/** Items can be held back by the Batching request option: send what waits once items stop coming. */
	private async watchIdle(): Promise<void> {
		while (this.arrived < this.total) {
			await sleep(Math.min(250, this.settings.idleMs));
			const quiet = Date.now() - this.lastArrival;
			if (this.pending.length > 0 && quiet >= this.settings.idleMs) this.flush();
			// Items that never come (they failed before reaching us): stop watching after a long silence.
			if (this.pending.length === 0 && quiet >= Math.max(this.settings.idleMs * 20, 30_000)) break;
		}
		this.watching = false;
	}

	private flush(): void {
		if (this.pending.length === 0) return;
		const batch = this.pending;
		this.pending = [];
		this.pendingBytes = BODY_OVERHEAD_BYTES;
		void this.settle(batch);
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
			const text = errorText(error);
			for (const entry of batch) entry.resolve({ ok: false, ...text });
		}
	}

	private async syncEntries(entries: Entry[]): Promise<void> {
		await Promise.all(
			entries.map(async (entry) => {
				try {
					const contactId = await syncContact(entry.context, entry.contact, this.lookups);
					entry.resolve({ ok: true, contactId, via: 'contact_sync' });
				} catch (error) {
					entry.resolve({ ok: false, ...errorText(error) });
				}
			}),
		);
	}

	private async importBatch(batch: Entry[]): Promise<void> {
		const context = batch[0].context;
		const origin = await accountOrigin(context);
		let entries = batch;
		let batchId: string | undefined;
		for (let attempt = 0; batchId === undefined; attempt++) {
			if (entries.length === 0) return;
			if (entries.length === 1) return await this.syncEntries(entries);
			await importWindowFor(origin).acquire();
			const response = await requestFull(context, 'POST', '/import/bulk_import', {
				contacts: entries.map((entry) => entry.contact) as unknown as IDataObject[],
			});
			if (response.status !== 400 && response.body.batchId) {
				batchId = String(response.body.batchId);
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
		const status = await this.waitForBatch(context, batchId);
		await this.pair(context, entries, batchId, status);
	}

	private async waitForBatch(context: IExecuteSingleFunctions, batchId: string): Promise<IDataObject> {
		const deadline = Date.now() + this.settings.timeoutMs;
		let interval = FIRST_POLL_MS;
		for (;;) {
			await sleep(Math.max(0, Math.min(interval, deadline - Date.now())));
			const signal = context.getExecutionCancelSignal();
			if (signal?.aborted) throw new Error('The execution was cancelled while waiting for the import');
			const info = await requestFull(context, 'GET', '/import/info', undefined, { batchId });
			if (String(info.body.status ?? '').toLowerCase() === 'completed') return info.body;
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

	/** /import/info names successes by contact ID and failures by email: map IDs back to emails, then to items. */
	private async pair(
		context: IExecuteSingleFunctions,
		entries: Entry[],
		batchId: string,
		info: IDataObject,
	): Promise<void> {
		const failed = new Map<string, string | undefined>();
		for (const entry of Array.isArray(info.failure) ? info.failure : []) {
			const email = failedEmail(entry);
			if (email) failed.set(email, failureReasonText(entry));
		}
		const successIds = (Array.isArray(info.success) ? info.success : []).map((id) =>
			String(typeof id === 'object' && id !== null ? (id as IDataObject).id : id),
		);
		const idByEmail = new Map<string, string>();
		for (let start = 0; start < successIds.length; start += PAGE_SIZE) {
			const ids = successIds.slice(start, start + PAGE_SIZE);
			const page = await requestFull(context, 'GET', '/contacts', undefined, { ids, limit: PAGE_SIZE });
			for (const contact of (page.body.contacts as IDataObject[] | undefined) ?? []) {
				idByEmail.set(String(contact.email ?? '').trim().toLowerCase(), String(contact.id));
			}
		}
		for (const entry of entries) {
			const email = entry.contact.email.trim().toLowerCase();
			const contactId = idByEmail.get(email);
			if (contactId !== undefined) {
				entry.resolve({ ok: true, contactId, via: 'bulk_import', batchId });
			} else if (failed.has(email)) {
				const reason = failed.get(email);
				entry.resolve({
					ok: false,
					batchId,
					reason: `ActiveCampaign's importer rejected the contact ${entry.contact.email}${reason ? `: ${reason}` : ''}`,
					description:
						'The importer lists this contact as failed; most often the email address is not valid. The other contacts of the batch were imported.',
				});
			} else {
				entry.resolve({
					ok: false,
					batchId,
					reason: `ActiveCampaign's importer reported no result for the contact ${entry.contact.email}`,
					description: `Check the import (batch ${batchId}) in ActiveCampaign.`,
				});
			}
		}
	}
}

/** One run per node run: every item's call finds it through the run's input items (the same array for all). */
const runs = new WeakMap<object, ImportRun>();

export function importRunFor(context: IExecuteSingleFunctions, settings: () => ImportSettings): ImportRun {
	const inputItems = nodeRunKey(context);
	if (!inputItems) return new ImportRun(1, settings());
	let run = runs.get(inputItems);
	if (!run || run.complete) {
		run = new ImportRun(inputItems.length, settings());
		runs.set(inputItems, run);
	}
	return run;
}

/** Sends a contact through /contact/sync and applies its tags and lists; returns the contact ID. */
export async function syncContact(
	context: IExecuteSingleFunctions,
	contact: ImportContact,
	lookups: ImportLookups,
): Promise<string> {
	const body: IDataObject = { email: contact.email };
	if (contact.first_name !== undefined) body.firstName = contact.first_name;
	if (contact.last_name !== undefined) body.lastName = contact.last_name;
	if (contact.phone !== undefined) body.phone = contact.phone;
	if (contact.fields?.length) {
		body.fieldValues = contact.fields.map((field) => ({ field: String(field.id), value: field.value }));
	}
	const response = await apiRequest.call(context, 'POST', '/contact/sync', { contact: body });
	const contactId = String((response.contact as IDataObject | undefined)?.id ?? '');
	for (const name of contact.tags ?? []) {
		const tag = await lookups.tagId(context, name);
		await apiRequest.call(context, 'POST', '/contactTags', { contactTag: { contact: contactId, tag } });
	}
	for (const { listid } of contact.subscribe ?? []) {
		await apiRequest.call(context, 'POST', '/contactLists', {
			contactList: { list: listid, contact: contactId, status: 1 },
		});
	}
	return contactId;
}
