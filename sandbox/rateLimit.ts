/** Sliding-window rate limiter: at most N accepted requests in any 1000 ms window (AC: 5 req/s per account). */

export const WINDOW_MS = 1000;

export interface RateDecision {
	allowed: boolean;
	limit: number;
	remaining: number;
	/** Seconds until a slot frees up (integer >= 1), only when refused. */
	retryAfter?: number;
}

export class RateLimiter {
	private stamps: number[] = [];

	constructor(private limit: number | false) {}

	set(limit: number | false): void {
		this.limit = limit;
		this.stamps = [];
	}

	get current(): number | false {
		return this.limit;
	}

	/** Count a request arriving at `now`; refused requests are not counted. */
	hit(now = Date.now()): RateDecision | undefined {
		if (this.limit === false) return undefined;
		const limit = this.limit;
		while (this.stamps.length && now - this.stamps[0] >= WINDOW_MS) this.stamps.shift();
		if (this.stamps.length >= limit) {
			const waitMs = this.stamps[0] + WINDOW_MS - now;
			return { allowed: false, limit, remaining: 0, retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) };
		}
		this.stamps.push(now);
		return { allowed: true, limit, remaining: limit - this.stamps.length };
	}

	reset(): void {
		this.stamps = [];
	}
}
