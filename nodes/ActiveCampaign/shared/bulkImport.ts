import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { CREDENTIAL_TYPE, apiBaseUrl } from './apiUrl';
import { importWindowFor, MAX_CONTACTS_PER_IMPORT } from './bulkImportLimits';
import { ImportLookups } from './bulkImportLookups';
import { sendWithPolicy } from './requestPolicy';
import { ContactEmailPages } from './contactEmailPages';
import { accountOrigin, apiRequest, PAGE_SIZE, type ApiContext } from './transport';

/**
 * Create or Update Many: the contacts of one node run sent to ActiveCampaign's bulk importer in batches, each
 * batch awaited through /import/info, each contact's result paired back to its item.
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
}

export const DEFAULT_IMPORT_SETTINGS: ImportSettings = {
	batchSize: MAX_CONTACTS_PER_IMPORT,
	maxBatchBytes: 512 * 1024,
	timeoutMs: 300_000,
};

const BODY_OVERHEAD_BYTES = 32;
const FIRST_POLL_MS = 300;
const MAX_POLL_INTERVAL_MS = 5000;
const MAX_IMPORT_RATE_RETRIES = 3;

interface Entry {
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
	context: ApiContext,
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

/**
 * Sends the contacts of one node run to the bulk importer. Contacts are added in item order; a batch leaves as soon
 * as it holds `batchSize` contacts or would pass the byte cap, so the first import runs while later items are
 * still being read. Each `add` resolves with that contact's own result and never rejects.
 */
export class BulkImporter {
	readonly lookups = new ImportLookups();
	private pending: Entry[] = [];
	private pendingBytes = BODY_OVERHEAD_BYTES;
	private readonly inFlight: Array<Promise<void>> = [];
	private readonly emailPages: ContactEmailPages;
	/** Batches sent that have not yet handed their contact IDs to emailPages (or failed). */
	private batchesBeforeLookup = 0;
	private finishing = false;

	constructor(
		private readonly context: IExecuteFunctions,
		private readonly settings: ImportSettings,
	) {
		this.emailPages = new ContactEmailPages(async (ids) => {
			const page = await requestFull(context, 'GET', '/contacts', undefined, { ids, limit: PAGE_SIZE });
			return (page.body.contacts as IDataObject[] | undefined) ?? [];
		});
	}

	async add(contact: ImportContact): Promise<ImportOutcome> {
		return await new Promise<ImportOutcome>((resolve) => {
			const bytes = byteLength(contact);
			if (this.pending.length > 0 && this.pendingBytes + bytes > this.settings.maxBatchBytes) this.flush();
			this.pending.push({ contact, bytes, resolve });
			this.pendingBytes += bytes;
			if (this.pending.length >= this.settings.batchSize) this.flush();
		});
	}

	/** Sends what is left and waits for every batch. */
	async finish(): Promise<void> {
		this.finishing = true;
		this.flush();
		this.drainWhenLast();
		await Promise.all(this.inFlight);
	}

	private flush(): void {
		if (this.pending.length === 0) return;
		const batch = this.pending;
		this.pending = [];
		this.pendingBytes = BODY_OVERHEAD_BYTES;
		this.batchesBeforeLookup++;
		let counted = false;
		const idsHandedOver = () => {
			if (counted) return;
			counted = true;
			this.batchesBeforeLookup--;
			this.drainWhenLast();
		};
		this.inFlight.push(this.settle(batch, idsHandedOver));
	}

	/** The last batch has handed over its IDs: send the partly filled last page of the email lookups. */
	private drainWhenLast(): void {
		if (this.finishing && this.batchesBeforeLookup === 0) this.emailPages.drain();
	}

	private async settle(batch: Entry[], idsHandedOver: () => void): Promise<void> {
		try {
			if (batch.length === 1) {
				// A one-contact import counts against the importer's stricter single-contact limit.
				await this.syncEntries(batch);
			} else {
				await this.importBatch(batch, idsHandedOver);
			}
		} catch (error) {
			const outcome = failedOutcome(error);
			for (const entry of batch) entry.resolve(outcome);
		} finally {
			idsHandedOver();
		}
	}

	/** One contact through /contact/sync instead of the importer (below 10 items, or a batch of one). */
	async sync(contact: ImportContact): Promise<ImportOutcome> {
		try {
			return { ok: true, contactId: await syncContact(this.context, contact, this.lookups), via: 'contact_sync' };
		} catch (error) {
			return failedOutcome(error);
		}
	}

	private async syncEntries(entries: Entry[]): Promise<void> {
		await Promise.all(entries.map(async (entry) => entry.resolve(await this.sync(entry.contact))));
	}

	private async importBatch(batch: Entry[], idsHandedOver: () => void): Promise<void> {
		const context = this.context;
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
		const status = await this.waitForBatch(batchId);
		await this.pair(entries, batchId, status, idsHandedOver);
	}

	private async waitForBatch(batchId: string): Promise<IDataObject> {
		const deadline = Date.now() + this.settings.timeoutMs;
		let interval = FIRST_POLL_MS;
		for (;;) {
			await sleep(Math.max(0, Math.min(interval, deadline - Date.now())));
			if (this.context.getExecutionCancelSignal()?.aborted) {
				throw new Error('The execution was cancelled while waiting for the import');
			}
			const info = await requestFull(this.context, 'GET', '/import/info', undefined, { batchId });
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
	private async pair(entries: Entry[], batchId: string, info: IDataObject, idsHandedOver: () => void): Promise<void> {
		const failed = new Map<string, string | undefined>();
		for (const entry of Array.isArray(info.failure) ? info.failure : []) {
			const email = failedEmail(entry);
			if (email) failed.set(email, failureReasonText(entry));
		}
		const successIds = (Array.isArray(info.success) ? info.success : []).map((id) =>
			String(typeof id === 'object' && id !== null ? (id as IDataObject).id : id),
		);
		const lookup = this.emailPages.emailsOf(successIds);
		idsHandedOver();
		const idByEmail = new Map<string, string>();
		for (const [id, email] of await lookup) idByEmail.set(email, id);
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

/** Sends a contact through /contact/sync and applies its tags and lists; returns the contact ID. */
export async function syncContact(
	context: ApiContext,
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
