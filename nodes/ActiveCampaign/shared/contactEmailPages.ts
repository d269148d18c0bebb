import type { IDataObject } from 'n8n-workflow';

import { PAGE_SIZE } from './transport';

/** One `GET /contacts?ids[]=…&limit=100`: the contacts it returns. */
export type FetchContactsById = (ids: string[]) => Promise<IDataObject[]>;

interface Waiter {
	id: string;
	resolve: (email: string | undefined) => void;
	reject: (error: unknown) => void;
}

/**
 * Contact IDs to emails, 100 IDs a request. The IDs of several import batches
 * share requests: a page leaves when 100 IDs wait, the rest when `drain()` says no more IDs are coming.
 */
export class ContactEmailPages {
	private waiting: Waiter[] = [];

	constructor(private readonly fetchPage: FetchContactsById) {}

	/** Emails by contact ID (lower-cased, trimmed); an ID the API does not return is missing from the map. */
	async emailsOf(ids: string[]): Promise<Map<string, string>> {
		const found = ids.map(
			async (id) =>
				await new Promise<[string, string | undefined]>((resolve, reject) => {
					this.waiting.push({ id, resolve: (email) => resolve([id, email]), reject });
				}),
		);
		while (this.waiting.length >= PAGE_SIZE) this.send(this.waiting.splice(0, PAGE_SIZE));
		const emails = new Map<string, string>();
		for (const [id, email] of await Promise.all(found)) if (email !== undefined) emails.set(id, email);
		return emails;
	}

	drain(): void {
		while (this.waiting.length > 0) this.send(this.waiting.splice(0, PAGE_SIZE));
	}

	private send(page: Waiter[]): void {
		const ids = page.map((waiter) => waiter.id);
		this.fetchPage(ids).then(
			(contacts) => {
				const byId = new Map<string, string>();
				for (const contact of contacts) {
					byId.set(String(contact.id), String(contact.email ?? '').trim().toLowerCase());
				}
				for (const waiter of page) waiter.resolve(byId.get(waiter.id));
			},
			(error: unknown) => {
				for (const waiter of page) waiter.reject(error);
			},
		);
	}
}
