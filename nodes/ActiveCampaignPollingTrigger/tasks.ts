import type { IDataObject } from 'n8n-workflow';

import { OVERLAP_MS, formatInOffset, parseOffset, toMs, type KindCursor } from './cursor';

/**
 * Tasks (deal and contact tasks, `/dealTasks`) that became due: still incomplete, their due date passed since
 * the previous poll. The query uses the documented `filters[status]=0` and `filters[due_after]` (the spec spells
 * its twin `Fitlers[due_before]`, so that one is not sent); every returned task is checked here anyway (FACTS §2:
 * an ignored filter returns unfiltered records).
 *
 * The cursor's watermark is the time of the previous poll (not a record's date): a due date is a moment that
 * passes, not a change. Tasks emitted inside the overlap are remembered (`<id>@<due ms>`), so a task is emitted
 * once per due date; moving its due date later makes it due again when that date passes.
 */
export function taskQuery(cursor: KindCursor): IDataObject {
	return {
		'filters[status]': '0',
		'filters[due_after]': formatInOffset(cursor.watermark - OVERLAP_MS, cursor.offset),
	};
}

export interface DueTask {
	record: IDataObject;
	dueAt: number;
}

/** The tasks among `records` that became due in (previous poll, now], not emitted before; advances the cursor. */
export function takeDueTasks(cursor: KindCursor, records: IDataObject[], now: number): DueTask[] {
	const floor = Math.max(cursor.watermark - OVERLAP_MS, cursor.startedAt ?? 0);
	const due: DueTask[] = [];
	for (const record of records) {
		const id = String(record.id ?? '');
		const dueAt = toMs(record.duedate);
		if (id === '' || dueAt === undefined) continue;
		if (String(record.status ?? '0') !== '0') continue;
		if (dueAt < floor || dueAt > now) continue;
		const key = `${id}@${dueAt}`;
		if (cursor.seen[key] !== undefined) continue;
		cursor.seen[key] = dueAt;
		const offset = parseOffset(record.duedate);
		if (offset !== null) cursor.offset = offset;
		due.push({ record, dueAt });
	}
	cursor.watermark = Math.max(cursor.watermark, Math.floor(now / 1000) * 1000);
	const keep = cursor.watermark - OVERLAP_MS;
	for (const [key, at] of Object.entries(cursor.seen)) if (at < keep) delete cursor.seen[key];
	return due.sort((a, b) => a.dueAt - b.dueAt);
}
