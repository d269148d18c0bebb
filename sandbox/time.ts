/** Date helpers. The sandbox account lives at a fixed UTC-05:00 offset, like the recorded account. */

export const ACCOUNT_OFFSET_MINUTES = -300;

function pad(value: number, width = 2): string {
	return String(value).padStart(width, '0');
}

function shifted(ms: number): Date {
	return new Date(ms + ACCOUNT_OFFSET_MINUTES * 60_000);
}

function offsetString(): string {
	const sign = ACCOUNT_OFFSET_MINUTES < 0 ? '-' : '+';
	const minutes = Math.abs(ACCOUNT_OFFSET_MINUTES);
	return `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `2026-05-28T05:03:40-05:00` */
export function isoDate(ms: number): string {
	const date = shifted(ms);
	return (
		`${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
		`T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}${offsetString()}`
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
	const text = value.trim();
	const local = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
	if (local) {
		const [, year, month, day, hour = '0', minute = '0', second = '0'] = local;
		return Date.UTC(+year, +month - 1, +day, +hour, +minute, +second) - ACCOUNT_OFFSET_MINUTES * 60_000;
	}
	const ms = Date.parse(text);
	return Number.isNaN(ms) ? undefined : ms;
}
