import type { IDataObject } from 'n8n-workflow';

import { PAGE_SIZE } from '../../../shared/transport/request';

/** One `GET /contacts` with this query: the contacts of the page and `meta.total` when the API sent it. */
export type FetchContacts = (query: IDataObject) => Promise<{ contacts: IDataObject[]; total?: number }>;

/**
 * How far before the import the scan for updated contacts starts. It covers a clock difference between n8n and
 * ActiveCampaign, and an account offset learned from a record written under the other side of a daylight-saving
 * change (then a server that reads the time without its offset is an hour off).
 */
export const SCAN_MARGIN_MS = 75 * 60_000;
/** Without a known account offset the value is sent in UTC; a server that ignores offsets may read it in any zone. */
const UNKNOWN_OFFSET_MARGIN_MS = 14 * 60 * 60_000;

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** The UTC offset, in minutes, of an ActiveCampaign date such as `2026-05-28T05:03:40-05:00`. */
export function offsetOf(value: unknown): number | undefined {
	const match = /([+-])(\d{2}):?(\d{2})$/.exec(String(value ?? '').trim());
	if (match) return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
	return /Z$/i.test(String(value ?? '').trim()) ? 0 : undefined;
}

/** `ms` as the account's wall-clock time with its offset, e.g. `2026-11-28T00:17:01-05:00`. */
export function inOffset(ms: number, offsetMinutes: number): string {
	const wall = new Date(Math.floor(ms / 1000) * 1000 + offsetMinutes * 60_000);
	const sign = offsetMinutes < 0 ? '-' : '+';
	const date = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
	const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
	return `${date}T${time}${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
}

const emailOf = (contact: IDataObject) => String(contact.email ?? '').trim().toLowerCase();

/**
 * The IDs of the contacts an import created or updated, by email, in few requests. The importer names only the
 * contacts it created (`success`, by ID); an existing contact it updated is in no list (FACTS §1). So:
 * 1. when it created as many contacts as there are emails, `ids[]` pages (100 IDs each) give all their emails;
 * 2. otherwise one keyset scan of the contacts updated since the import (`filters[updated_after]`, `orders[id]`,
 *    `id_greater`) matched by email: a server that ignores the time of day (or the offset) returns more contacts,
 *    which match no email and are skipped, never matched by position;
 * 3. emails still missing (an update that did not touch the contact's date, a scan longer than asking each) are
 *    asked one by one with `email=`.
 * Every returned contact is checked against the email asked for; the map holds only exact (case-insensitive) matches.
 */
export async function findContactIds(
	fetchContacts: FetchContacts,
	emails: Iterable<string>,
	createdIds: string[],
	importStartedAt: number,
): Promise<Map<string, string>> {
	const missing = new Set([...emails].map((email) => email.trim().toLowerCase()));
	const found = new Map<string, string>();
	let offsetMinutes: number | undefined;
	const take = (contacts: IDataObject[]) => {
		for (const contact of contacts) {
			offsetMinutes ??= offsetOf(contact.udate ?? contact.cdate);
			const email = emailOf(contact);
			if (!missing.has(email) || contact.id === undefined || contact.id === null) continue;
			found.set(email, String(contact.id));
			missing.delete(email);
		}
	};

	if (missing.size > 0 && createdIds.length >= missing.size) {
		const pages: string[][] = [];
		for (let start = 0; start < createdIds.length; start += PAGE_SIZE) pages.push(createdIds.slice(start, start + PAGE_SIZE));
		const answers = await Promise.all(pages.map(async (ids) => await fetchContacts({ ids, limit: PAGE_SIZE })));
		for (const answer of answers) take(answer.contacts);
	}
	if (missing.size === 0) return found;

	if (offsetMinutes === undefined) take((await fetchContacts({ 'orders[id]': 'DESC', limit: 1 })).contacts);
	const since =
		offsetMinutes === undefined
			? new Date(importStartedAt - SCAN_MARGIN_MS - UNKNOWN_OFFSET_MARGIN_MS).toISOString().replace(/\.\d{3}Z$/, 'Z')
			: inOffset(importStartedAt - SCAN_MARGIN_MS, offsetMinutes);
	let after: string | undefined;
	for (let page = 0; missing.size > 0; page++) {
		const query: IDataObject = { 'filters[updated_after]': since, 'orders[id]': 'ASC', limit: PAGE_SIZE };
		if (after !== undefined) query.id_greater = after;
		const { contacts, total } = await fetchContacts(query);
		const fresh = contacts.filter((contact) => after === undefined || Number(contact.id) > Number(after));
		take(fresh);
		if (contacts.length < PAGE_SIZE || fresh.length === 0) break;
		after = String(fresh[fresh.length - 1].id);
		// A busy account can have more contacts updated in the window than there are emails left to ask for.
		if (page === 0 && total !== undefined && Math.ceil((total - PAGE_SIZE) / PAGE_SIZE) > missing.size) break;
	}

	const lookups = [...missing].map(async (email) => take((await fetchContacts({ email, limit: PAGE_SIZE })).contacts));
	await Promise.all(lookups);
	return found;
}
