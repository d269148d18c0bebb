import type { IDataObject } from 'n8n-workflow';

/**
 * Catch-up cursor for one record kind, kept in the node's static data (n8n persists it after each poll, so it
 * survives restarts).
 *
 * `filters[updated_after]` has second resolution and its inclusiveness is undocumented, so every poll asks
 * again from a little before the newest change seen (`OVERLAP_MS`) and remembers which (record, change time)
 * pairs inside that overlap were already emitted. A record change is emitted at most once: either it is in
 * `seen`, or it is older than the overlap and was therefore handled by an earlier poll.
 */
export const OVERLAP_MS = 60_000;

export interface KindCursor extends IDataObject {
	/** Newest change time seen (epoch ms). */
	watermark: number;
	/** Changes before this instant (when the catch-up started) are never emitted. */
	startedAt: number;
	/** The account's UTC offset in minutes, learnt from the records' dates (used to format the filter). */
	offset: number | null;
	/** `<id>@<changed ms>` → changed ms for changes emitted inside the overlap; `<id>@c` → created ms. */
	seen: Record<string, number>;
}

export type ChangeKind = 'created' | 'updated';

export interface Change {
	record: IDataObject;
	change: ChangeKind;
	changedAt: number;
}

export function newCursor(since: number): KindCursor {
	// ActiveCampaign dates have second resolution: a change in the same second as `since` counts.
	const second = Math.floor(since / 1000) * 1000;
	return { watermark: second, startedAt: second, offset: null, seen: {} };
}

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

/** `2026-05-28T05:03:40-05:00` for the instant `ms` in a zone `offset` minutes from UTC (UTC when unknown). */
export function formatInOffset(ms: number, offset: number | null): string {
	const minutes = offset ?? 0;
	const shifted = new Date(ms + minutes * 60_000);
	const date =
		`${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
		`T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`;
	const sign = minutes < 0 ? '-' : '+';
	const abs = Math.abs(minutes);
	return `${date}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function parseOffset(iso: unknown): number | null {
	const match = /([+-])(\d{2}):?(\d{2})$/.exec(String(iso ?? ''));
	if (!match) return /Z$/i.test(String(iso ?? '')) ? 0 : null;
	const minutes = Number(match[2]) * 60 + Number(match[3]);
	return match[1] === '-' ? -minutes : minutes;
}

export function toMs(value: unknown): number | undefined {
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const ms = Date.parse(value.replace(' ', 'T'));
	return Number.isFinite(ms) ? ms : undefined;
}

/** The value for `filters[updated_after]`. */
export function queryValue(cursor: KindCursor): string {
	return formatInOffset(cursor.watermark - OVERLAP_MS, cursor.offset);
}

/**
 * The changes among `records` not emitted before, oldest first; advances the cursor in place.
 * `changedField`/`createdField`: `udate`/`cdate` for contacts, `mdate`/`cdate` for deals.
 */
export function takeChanges(
	cursor: KindCursor,
	records: IDataObject[],
	changedField: string,
	createdField: string,
): Change[] {
	const floor = Math.max(cursor.watermark - OVERLAP_MS, cursor.startedAt ?? 0);
	const changes: Change[] = [];
	let newest = cursor.watermark;
	for (const record of records) {
		const id = String(record.id ?? '');
		const changedAt = toMs(record[changedField]) ?? toMs(record[createdField]);
		if (id === '' || changedAt === undefined) continue;
		if (changedAt < floor) continue;
		const key = `${id}@${changedAt}`;
		if (cursor.seen[key] !== undefined) continue;
		cursor.seen[key] = changedAt;
		const offset = parseOffset(record[changedField]);
		if (offset !== null) cursor.offset = offset;
		const createdAt = toMs(record[createdField]);
		const createdKey = `${id}@c`;
		const created = createdAt !== undefined && createdAt >= floor && cursor.seen[createdKey] === undefined;
		if (created) cursor.seen[createdKey] = createdAt;
		changes.push({ record, change: created ? 'created' : 'updated', changedAt });
		newest = Math.max(newest, changedAt);
	}
	cursor.watermark = newest;
	const keep = cursor.watermark - OVERLAP_MS;
	for (const [key, at] of Object.entries(cursor.seen)) if (at < keep) delete cursor.seen[key];
	return changes.sort((a, b) => a.changedAt - b.changedAt);
}
