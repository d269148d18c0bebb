import { createHash } from 'crypto';

/**
 * ActiveCampaign delivers at least once, so the same event can arrive twice. Identical deliveries to the same
 * webhook within a window trigger once.
 *
 * The memory lives in this module, i.e. in one n8n process. In queue mode with several webhook processors
 * (or after a restart) two copies of one event that reach different processes are not recognised; the
 * window is a best effort, not a guarantee. Workflows that must be exactly-once should also dedupe downstream
 * (e.g. on contact id + occurredAt).
 */
const MAX_ENTRIES = 20_000;
const seen = new Map<string, number>();

export function bodyFingerprint(body: unknown): string {
	const canonical = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(canonical);
		if (value && typeof value === 'object') {
			return Object.keys(value as Record<string, unknown>)
				.sort()
				.map((key) => [key, canonical((value as Record<string, unknown>)[key])]);
		}
		return value;
	};
	return createHash('sha256').update(JSON.stringify(canonical(body) ?? null)).digest('hex');
}

function prune(now: number): void {
	for (const [key, expiresAt] of seen) {
		if (expiresAt > now && seen.size <= MAX_ENTRIES) break;
		seen.delete(key);
	}
}

/** True when the same body reached the same webhook less than `windowSeconds` ago; records it otherwise. */
export function isDuplicate(scope: string, body: unknown, windowSeconds: number, now = Date.now()): boolean {
	if (!(windowSeconds > 0)) return false;
	prune(now);
	const key = `${scope}:${bodyFingerprint(body)}`;
	const expiresAt = seen.get(key);
	if (expiresAt !== undefined && expiresAt > now) return true;
	// Re-insert so the map stays ordered by expiry (every entry has the same window per webhook).
	seen.delete(key);
	seen.set(key, now + windowSeconds * 1000);
	return false;
}

/** For tests. */
export function clearDuplicateMemory(): void {
	seen.clear();
}
