/** Date helpers. The sandbox account lives at a fixed UTC-05:00 offset, like the recorded account. */

export const ACCOUNT_OFFSET_MINUTES = -300;

function pad(n: number, w = 2): string {
	return String(n).padStart(w, '0');
}

function shifted(ms: number): Date {
	return new Date(ms + ACCOUNT_OFFSET_MINUTES * 60_000);
}

function offsetString(): string {
	const sign = ACCOUNT_OFFSET_MINUTES < 0 ? '-' : '+';
	const abs = Math.abs(ACCOUNT_OFFSET_MINUTES);
	return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `2026-05-28T05:03:40-05:00` */
export function isoDate(ms: number): string {
	const d = shifted(ms);
	return (
		`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
		`T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${offsetString()}`
	);
}

/** `2026-05-28 05:03:40` (account local time) */
export function sqlDate(ms: number): string {
	return isoDate(ms).slice(0, 19).replace('T', ' ');
}

export function isoOrNull(ms: unknown): string | null {
	return typeof ms === 'number' ? isoDate(ms) : null;
}

/**
 * Parse a filter date: `YYYY-MM-DD` (account-local midnight), `YYYY-MM-DD HH:MM:SS` (account local)
 * or any ISO 8601 datetime. Returns epoch ms or undefined.
 */
export function parseDate(value: unknown): number | undefined {
	if (typeof value === 'number') return value;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const s = value.trim();
	const local = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
	if (local) {
		const [, y, mo, d, h = '0', mi = '0', se = '0'] = local;
		return Date.UTC(+y, +mo - 1, +d, +h, +mi, +se) - ACCOUNT_OFFSET_MINUTES * 60_000;
	}
	const ms = Date.parse(s);
	return Number.isNaN(ms) ? undefined : ms;
}
