/**
 * Rate limit, strictest reading of ActiveCampaign's "5 requests per second per account" (FACTS §4): every request
 * that ARRIVES counts, at the moment it arrives, refused ones included, and no sliding 1000 ms window may hold more
 * than N arrivals. A client that sends a 6th request inside a window is refused and also pushes its next free slot
 * further out, so only a client that never exceeds the limit by arrival time gets every answer.
 */

export const WINDOW_MS = 1000;

export interface RateDecision {
	allowed: boolean;
	limit: number;
	/** Arrivals still allowed in the current window after this one. */
	remaining: number;
	/** Seconds until the window holds fewer than `limit` arrivals again (integer >= 1), only when refused. */
	retryAfter?: number;
}

export class RateLimiter {
	private arrivals: number[] = [];

	constructor(private limit: number | false) {}

	set(limit: number | false): void {
		this.limit = limit;
		this.arrivals = [];
	}

	get current(): number | false {
		return this.limit;
	}

	/** Count a request arriving at `now` and decide on it. Undefined when the limit is off. */
	hit(now = Date.now()): RateDecision | undefined {
		if (this.limit === false) return undefined;
		const limit = this.limit;
		while (this.arrivals.length && now - this.arrivals[0] >= WINDOW_MS) this.arrivals.shift();
		const allowed = this.arrivals.length < limit;
		this.arrivals.push(now);
		if (allowed) return { allowed, limit, remaining: Math.max(0, limit - this.arrivals.length) };
		// The window frees a slot when enough of its oldest arrivals have left it.
		const freeingArrival = this.arrivals[this.arrivals.length - limit];
		const waitMs = freeingArrival + WINDOW_MS - now;
		return { allowed, limit, remaining: 0, retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) };
	}

	reset(): void {
		this.arrivals = [];
	}
}
