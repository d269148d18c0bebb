import { createHash, randomBytes, timingSafeEqual } from 'crypto';

/**
 * ActiveCampaign signs nothing: the only proof that a call comes from the webhook we registered is a secret
 * we put in its URL (`?secret=…`), random per registration and kept in the node's static data.
 */
export const SECRET_PARAMETER = 'secret';

export function newSecret(): string {
	return randomBytes(24).toString('hex');
}

export function withSecret(url: string, secret: string): string {
	return `${url}${url.includes('?') ? '&' : '?'}${SECRET_PARAMETER}=${secret}`;
}

/** The URL without its query string and fragment. */
export function withoutQuery(url: string): string {
	return String(url ?? '').replace(/[?#].*$/, '');
}

/** The secret carried by a registered URL, if any. */
export function secretOf(url: string): string | undefined {
	const query = /\?([^#]*)/.exec(String(url ?? ''))?.[1];
	if (!query) return undefined;
	return new URLSearchParams(query).get(SECRET_PARAMETER) ?? undefined;
}

/** Constant-time comparison of two secrets of any length. */
export function secretsMatch(given: unknown, expected: string | undefined): boolean {
	if (typeof given !== 'string' || given === '' || !expected) return false;
	const a = createHash('sha256').update(given).digest();
	const b = createHash('sha256').update(expected).digest();
	return timingSafeEqual(a, b);
}

/** The first value of a query parameter (a repeated parameter arrives as an array). */
export function firstQueryValue(value: unknown): string | undefined {
	if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : undefined;
	return typeof value === 'string' ? value : undefined;
}
