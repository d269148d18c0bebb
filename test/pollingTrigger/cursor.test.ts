import { OVERLAP_MS, formatInOffset, newCursor, takeChanges } from '../../nodes/ActiveCampaignPollingTrigger/cursor';

describe('cursor rules', () => {
	const record = (id: string, udate: string, cdate = '2026-01-01T00:00:00-05:00') => ({ id, udate, cdate });

	it('never emits the same (record, change time) twice, even when the API returns it again', () => {
		const start = Date.parse('2026-05-28T10:00:00Z');
		const cursor = newCursor(start);
		const batch = [record('1', '2026-05-28T05:00:05-05:00'), record('2', '2026-05-28T05:00:05-05:00')];
		expect(takeChanges(cursor, batch, 'udate', 'cdate')).toHaveLength(2);
		expect(takeChanges(cursor, batch, 'udate', 'cdate')).toHaveLength(0);
		// Same second, a record not seen before: emitted (the overlap covers same-second arrivals).
		expect(takeChanges(cursor, [...batch, record('3', '2026-05-28T05:00:05-05:00')], 'udate', 'cdate')).toHaveLength(1);
		// A later change of record 1 is a new change.
		expect(takeChanges(cursor, [record('1', '2026-05-28T05:00:09-05:00')], 'udate', 'cdate')).toHaveLength(1);
		expect(cursor.offset).toBe(-300);
	});

	it('ignores changes older than the overlap (handled by an earlier poll) and prunes its memory', () => {
		const start = Date.parse('2026-05-28T10:00:00Z');
		const cursor = newCursor(start);
		takeChanges(cursor, [record('1', '2026-05-28T05:10:00-05:00')], 'udate', 'cdate');
		expect(takeChanges(cursor, [record('9', '2026-05-28T05:00:00-05:00')], 'udate', 'cdate')).toHaveLength(0);
		takeChanges(cursor, [record('2', '2026-05-28T05:30:00-05:00')], 'udate', 'cdate');
		expect(Object.keys(cursor.seen)).toEqual(['2@' + Date.parse('2026-05-28T10:30:00Z')]);
		expect(OVERLAP_MS).toBeGreaterThanOrEqual(1000);
	});

	it('formats the filter in the account offset', () => {
		expect(formatInOffset(Date.parse('2026-05-28T10:00:00Z'), -300)).toBe('2026-05-28T05:00:00-05:00');
		expect(formatInOffset(Date.parse('2026-05-28T10:00:00Z'), null)).toBe('2026-05-28T10:00:00+00:00');
	});
});
