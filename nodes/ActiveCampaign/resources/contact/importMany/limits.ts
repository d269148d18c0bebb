import { sleep } from 'n8n-workflow';

/**
 * ActiveCampaign's bulk importer has limits of its own, on top of the 5 requests/second of the account
 * (FACTS §1): at most 250 contacts a request, a body under 400,000 bytes, 100 multi-contact requests a minute,
 * 20 single-contact requests a minute (we never send those: a batch of one goes to /contact/sync instead).
 */
export const MAX_CONTACTS_PER_IMPORT = 250;
/** The largest body the importer takes: "under 400,000 bytes (399,999 or less)", counted as sent (UTF-8 JSON). */
export const MAX_IMPORT_BYTES = 399_999;
/** The default cap of the option "Max Request Size (KB)": 390 KB = 399,360 bytes, within MAX_IMPORT_BYTES. */
export const DEFAULT_MAX_BATCH_KB = 390;
/** Below this many input items the importer is not worth it: each item goes to /contact/sync. */
export const MIN_ITEMS_FOR_IMPORT = 10;
export const IMPORTS_PER_MINUTE = 100;
const MINUTE_MS = 60_000;

/** A sliding one-minute window of import requests per account, shared by every execution of this process. */
class ImportWindow {
	private readonly sent: number[] = [];
	private queue: Promise<void> = Promise.resolve();

	constructor(private readonly perMinute: number) {}

	async acquire(): Promise<void> {
		const turn = this.queue.then(async () => await this.waitForSlot());
		this.queue = turn.catch(() => undefined);
		await turn;
	}

	/** The importer said "Rate limit exceeded": nothing more for a while. */
	backOff(ms: number): void {
		const until = Date.now() + ms;
		// Fill the window so that the next slot opens only after `ms`.
		while (this.sent.length < this.perMinute) this.sent.push(until - MINUTE_MS);
		for (let i = 0; i < this.sent.length; i++) this.sent[i] = Math.max(this.sent[i], until - MINUTE_MS);
	}

	private async waitForSlot(): Promise<void> {
		for (;;) {
			const now = Date.now();
			while (this.sent.length > 0 && this.sent[0] <= now - MINUTE_MS) this.sent.shift();
			if (this.sent.length < this.perMinute) {
				this.sent.push(now);
				return;
			}
			await sleep(Math.max(this.sent[0] + MINUTE_MS - now, 5));
		}
	}
}

const windows = new Map<string, ImportWindow>();

export function importWindowFor(accountOrigin: string): ImportWindow {
	let window = windows.get(accountOrigin);
	if (!window) {
		window = new ImportWindow(IMPORTS_PER_MINUTE);
		windows.set(accountOrigin, window);
	}
	return window;
}
