import { sleep } from 'n8n-workflow';

/**
 * ActiveCampaign allows 5 requests per second per account; at its strictest, that counts arrivals in any sliding
 * second, and the 6th gets a 429 with Retry-After.
 *
 * One lane per account (API origin) paces every request of this process: items, pages, lookups, load options and
 * the triggers. It paces request *starts*: a request may start only while fewer than `limit` requests may have
 * arrived at the server in the last second. When a request arrived is bounded from above by two things we know:
 * its answer (it was counted by then), and the moment it left plus a guard for the jitter on the way in. The
 * earlier of the two counts, so at low latency the lane is as safe as counting from answers, and at high latency
 * a request that takes 800 ms does not keep its slot for 800 ms more. A request leaves later than it is granted
 * when many items are prepared at once; the HTTP client reports that moment (see requestPolicy). The guard cannot
 * be seen directly, so it is learned:
 * - it never falls below a tenth of the spread of the response times seen (p90 - p10), part of which is on the way in;
 * - a 429 while the lane knows of no other client doubles it; every 50 answers without one take 10% off again;
 *   another client seen within 5 s of such 429s explains them, and takes the doubling back.
 * The server's `RateLimit-Remaining` tells what our own count cannot: requests from elsewhere on the same account
 * (another n8n worker, another tool). An answer's remaining count, set against our own starts in the second before
 * that request, gives the foreign arrivals of that second; they count against the lane until they age out. While
 * the account is shared, the lane's own share is a whole number of requests per second, spaced over the second, and
 * never more than the limit minus the most foreign requests seen in one second of the last two: a share of a spaced
 * at (1000 ms + guard) / a puts at most a of ours in any server second, so shares that add up to the limit meet no
 * 429 (e.g. 3 + 2; 5 x 1000 / 1060 = 4.7 requests a second in all). Entering that mode on a 429 halves the share
 * (429s in a row start it too: when every client's requests are refused, none can see the others in the counts);
 * a 429 while shared takes one request off. Room the others leave is taken one request at a time, after a random
 * hold of 1-6 s (0.5 s when there is room for two), so that two lanes do not both take the same room; each raise
 * a 429 answers doubles the hold. Nobody else seen for two seconds (and no 429 for three) gives the whole limit back.
 * A lane that has heard nothing for 10 s sends one request and waits for its answer (at most a second) before the
 * rest: its RateLimit-Remaining shows others on the account before a burst meets them.
 * So workers that share no memory converge on sharing the account instead of taking turns at 429s. Alone on the
 * account, the share stays at the whole limit. `RateLimit-Limit`, when sent, replaces the default limit.
 * A 429 pauses the whole lane for its Retry-After.
 */
export interface LaneTicket {
	/** The request left for the server now (later than the slot was granted): count it from here. */
	departed(): void;
	/** Report how the request went; the ticket is spent by the first call. */
	finish(answer: LaneAnswer): void;
}

export interface LaneAnswer {
	status?: number;
	headers?: Record<string, string>;
}

const WINDOW_MS = 1000;
const MIN_GUARD_MS = 60;
const MAX_GUARD_MS = 1000;
const ANSWERS_PER_EASE = 50;
const LATENCY_SAMPLES = 50;
const HISTORY_MS = WINDOW_MS + MAX_GUARD_MS + 60_000;
/** How long the lane behaves as shared after it last saw another client's requests on the account. */
const SHARED_MEMORY_MS = 10_000;
/** How long another client's requests seen in a second keep counting: two seconds, since their rate outlasts the second we saw. */
const FOREIGN_MEMORY_MS = 2 * WINDOW_MS;
/** A second 429 this soon after one means more than jitter. */
const REPEATED_RATE_LIMIT_MS = 5_000;
/** More requests than this in flight at once means the server is stalling: new ones wait instead of piling on. */
const MAX_IN_FLIGHT = 25;

interface Start {
	/** When the request was granted, then when it left. */
	at: number;
	/** When its answer came. */
	answeredAt?: number;
}

/**
 * The latest the server can have counted a request: when its answer came, if that was soon (the server must have
 * seen it by then), else when it left plus the guard. At low latency the lane is as safe as counting from answers;
 * at high latency it is not held back by the time answers take.
 */
function arrivalBound(start: Start, guardMs: number): number {
	return Math.min(start.answeredAt ?? Infinity, start.at + guardMs);
}

interface Waiter {
	retry: boolean;
	admit(start: Start): void;
	refuse(error: unknown): void;
}

interface ForeignArrivals {
	at: number;
	count: number;
}

export class RateLane {
	private starts: Start[] = [];
	private readonly foreign: ForeignArrivals[] = [];
	private readonly latencies: number[] = [];
	private inFlight = 0;
	private pausedUntil = 0;
	private learnedGuardMs = MIN_GUARD_MS;
	/**
	 * The guard before the last run of 429s doubled it: when another client shows up on the account right after, it
	 * explains those 429s, and the doubled guard would slow the lane's share for minutes.
	 */
	private guardBeforeRateLimits?: number;
	/** Requests per window this lane allows itself while others use the account too. */
	private share: number;
	private sharedUntil = 0;
	private lastDecreaseAt = 0;
	/** When the share may next grow by one request, and how many raises in a row met a 429 (each doubles the hold). */
	private nextRaiseAt = 0;
	private lastRaiseAt = -Infinity;
	private failedRaises = 0;
	private lastRateLimitAt = -Infinity;
	private answersSinceRateLimit = 0;
	/** When the last answer came: a lane that has heard nothing for a while does not know who else is on the account. */
	private lastAnswerAt = -Infinity;
	/** Requests waiting for a slot, served one at a time: retries first, then first attempts in arrival order. */
	private readonly waiting: Waiter[] = [];
	private serving = false;
	/** Settles when an answer comes: an answer can let the next request start earlier than its wait assumed. */
	private answered!: Promise<void>;
	private wake: () => void = () => {};

	constructor(private limit: number) {
		this.share = limit;
		this.rearm();
	}

	private rearm(): void {
		this.answered = new Promise((resolve) => {
			this.wake = resolve;
		});
	}

	get guardMs(): number {
		return Math.min(MAX_GUARD_MS, Math.max(this.learnedGuardMs, this.latencySpreadMs() / 10));
	}

	/**
	 * Waits for a slot. A retry (its first attempt was refused or failed) goes before the first attempts still
	 * waiting: behind them it would wait for the whole queue, and its item, finished but for it, would finish last.
	 */
	async acquire(options: { retry?: boolean } = {}): Promise<LaneTicket> {
		const start = await new Promise<Start>((admit, refuse) => {
			const waiter: Waiter = { retry: options.retry === true, admit, refuse };
			const firstAttempt = waiter.retry ? this.waiting.findIndex((other) => !other.retry) : -1;
			if (firstAttempt === -1) this.waiting.push(waiter);
			else this.waiting.splice(firstAttempt, 0, waiter);
			void this.serve();
		});
		this.inFlight++;
		let spent = false;
		return {
			departed: () => {
				if (!spent) start.at = Math.max(start.at, Date.now());
			},
			finish: (answer) => {
				if (spent) return;
				spent = true;
				this.inFlight--;
				start.answeredAt = Date.now();
				this.lastAnswerAt = start.answeredAt;
				this.learn(start.at, start.answeredAt, answer);
				this.wake();
				this.rearm();
			},
		};
	}

	private async serve(): Promise<void> {
		if (this.serving) return;
		this.serving = true;
		try {
			while (this.waiting.length > 0) {
				try {
					const start = await this.waitForSlot();
					// Chosen once the slot is free, so that a retry that came during the wait takes it.
					this.waiting.shift()!.admit(start);
				} catch (error) {
					this.waiting.shift()!.refuse(error);
				}
			}
		} finally {
			this.serving = false;
		}
	}

	pause(ms: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
	}

	private async waitForSlot(): Promise<Start> {
		for (;;) {
			const now = Date.now();
			const guard = this.guardMs;
			// Starts are kept longer than the window: an answer that comes late is set against the starts before it.
			this.starts = this.starts.filter((start) => start.at > now - HISTORY_MS);
			while (this.foreign.length > 0 && this.foreign[0].at <= now - FOREIGN_MEMORY_MS) this.foreign.shift();
			if (now < this.pausedUntil) {
				await sleep(this.pausedUntil - now);
				continue;
			}
			// A lane that has heard nothing for a while (or never) sends one request and waits for its answer (up to
			// a window): its RateLimit-Remaining shows whether others are on the account before a burst meets them.
			const probe = this.starts[this.starts.length - 1];
			if (this.lastAnswerAt < now - SHARED_MEMORY_MS && this.inFlight > 0 && probe && probe.at > now - WINDOW_MS) {
				await Promise.race([sleep(probe.at + WINDOW_MS - now), this.answered]);
				continue;
			}
			const counted = this.starts.map((start) => arrivalBound(start, guard)).filter((arrival) => arrival > now - WINDOW_MS);
			const foreign = this.foreignCount();
			const shared = now < this.sharedUntil;
			const allowed = shared ? Math.max(1, Math.min(Math.floor(this.share), this.limit - foreign)) : this.limit;
			// While the account is shared, starts are spread over the second rather than sent in bursts, so that the
			// other clients' requests land between ours and each side sees the other in the server's counts.
			const last = this.starts[this.starts.length - 1]?.at;
			const nextSpaced = shared && last !== undefined ? last + (WINDOW_MS + guard) / allowed : now;
			if (counted.length < allowed && now >= nextSpaced && this.inFlight < MAX_IN_FLIGHT) {
				const start: Start = { at: now };
				this.starts.push(start);
				return start;
			}
			const nextFree = counted.length < allowed ? now : Math.min(...counted) + WINDOW_MS;
			const wait = this.inFlight >= MAX_IN_FLIGHT ? WINDOW_MS : Math.max(Math.max(nextSpaced, nextFree) - now, 1);
			await Promise.race([sleep(wait), this.answered]);
		}
	}

	/** The most requests from elsewhere seen in one second of the last two. */
	private foreignCount(): number {
		return this.foreign.reduce((most, entry) => Math.max(most, entry.count), 0);
	}

	/**
	 * How long the share holds before it may grow by one: random, so that two lanes with room do not both take it at
	 * once (each sees the other's raise about a second later), and doubled by every raise a 429 answered. With
	 * nobody else seen for two seconds, the room is free: take it quickly.
	 */
	private raiseHoldMs(foreign: number): number {
		// Room for two more: if both lanes take one, they still fit.
		if (foreign === 0 || this.limit - foreign - this.share >= 2) return WINDOW_MS / 2;
		return (WINDOW_MS + Math.random() * 5 * WINDOW_MS) * 2 ** Math.min(this.failedRaises, 3);
	}

	private learn(startedAt: number, finishedAt: number, answer: LaneAnswer): void {
		if (answer.status !== undefined) {
			this.latencies.push(finishedAt - startedAt);
			if (this.latencies.length > LATENCY_SAMPLES) this.latencies.shift();
		}
		const headers = answer.headers ?? {};
		const limit = Number(headers['ratelimit-limit']);
		if (Number.isInteger(limit) && limit >= 1 && limit <= 100) this.limit = limit;
		const remaining = Number(headers['ratelimit-remaining']);
		if (headers['ratelimit-remaining'] !== undefined && Number.isFinite(remaining)) {
			// Our starts a guard before the server's second count too: they may have arrived that much later.
			const ownInWindow = Math.max(
				1,
				this.starts.filter((start) => start.at > startedAt - WINDOW_MS - this.guardMs && start.at <= startedAt).length,
			);
			// A refused request is not counted by the server: the window held the whole limit without it.
			const serverCount = answer.status === 429 ? this.limit : this.limit - Math.max(remaining, 0);
			const ownCounted = answer.status === 429 ? ownInWindow - 1 : ownInWindow;
			const foreign = serverCount - ownCounted;
			if (foreign > 0) {
				if (this.guardBeforeRateLimits !== undefined && finishedAt - this.lastRateLimitAt < REPEATED_RATE_LIMIT_MS) {
					this.learnedGuardMs = Math.min(this.learnedGuardMs, this.guardBeforeRateLimits);
				}
				this.guardBeforeRateLimits = undefined;
				this.foreign.push({ at: startedAt, count: foreign });
				this.sharedUntil = Math.max(this.sharedUntil, finishedAt + SHARED_MEMORY_MS);
			}
		}
		const shared = finishedAt < this.sharedUntil;
		while (this.foreign.length > 0 && this.foreign[0].at <= finishedAt - FOREIGN_MEMORY_MS) this.foreign.shift();
		const foreignNow = this.foreignCount();
		// One decrease per window, however many of its requests were refused (as TCP halves once per loss event).
		const mayDecrease = finishedAt - this.lastDecreaseAt >= WINDOW_MS;
		if (answer.status === 429) {
			this.answersSinceRateLimit = 0;
			const repeated = finishedAt - this.lastRateLimitAt < REPEATED_RATE_LIMIT_MS;
			this.lastRateLimitAt = finishedAt;
			if (!shared) {
				if (!repeated || this.guardBeforeRateLimits === undefined) this.guardBeforeRateLimits = this.learnedGuardMs;
				this.learnedGuardMs = Math.min(MAX_GUARD_MS, this.learnedGuardMs * 2);
			}
			// A lone 429 with no other client in sight is our own jitter: the guard takes it. Repeated ones slow the
			// lane whoever caused them: when every client's requests are refused, none sees the others in the counts
			// (a full window, its own requests in it), and a lane that waited for that proof would keep the account
			// refusing everyone.
			if (!shared && !repeated) return;
			this.sharedUntil = Math.max(this.sharedUntil, finishedAt + SHARED_MEMORY_MS);
			if (!mayDecrease) return;
			this.lastDecreaseAt = finishedAt;
			// A raise that met a 429 took room another lane had taken too: the next raise waits twice as long.
			if (finishedAt - this.lastRaiseAt < 2 * WINDOW_MS + this.guardMs) this.failedRaises++;
			this.share = shared ? Math.max(1, this.share - 1) : Math.max(1, Math.floor(this.limit / 2));
			this.nextRaiseAt = finishedAt + this.raiseHoldMs(foreignNow);
		} else if (answer.status !== undefined) {
			if (!shared) {
				this.share = this.limit;
				this.failedRaises = 0;
			} else {
				// The share never exceeds what the others leave: when they slow down it grows by raises, not at once,
				// so two lanes do not both jump into the same room.
				this.share = Math.max(1, Math.min(this.share, this.limit - foreignNow));
				// Nobody else seen for two seconds and no 429 for three: the others have finished, take the account
				// back at once rather than a request per hold.
				if (foreignNow === 0 && finishedAt - this.lastRateLimitAt > 3 * WINDOW_MS) this.share = this.limit;
				if (finishedAt >= this.nextRaiseAt && this.share < this.limit - foreignNow) {
					this.share++;
					this.lastRaiseAt = finishedAt;
					this.nextRaiseAt = finishedAt + this.raiseHoldMs(foreignNow);
				}
			}
			if (++this.answersSinceRateLimit % ANSWERS_PER_EASE === 0) {
				this.learnedGuardMs = Math.max(MIN_GUARD_MS, this.learnedGuardMs * 0.9);
			}
		}
	}

	private latencySpreadMs(): number {
		if (this.latencies.length < 10) return 0;
		const sorted = [...this.latencies].sort((a, b) => a - b);
		const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
		return at(0.9) - at(0.1);
	}
}

export const REQUESTS_PER_SECOND = 5;

const lanes = new Map<string, RateLane>();

export function laneFor(accountOrigin: string): RateLane {
	let lane = lanes.get(accountOrigin);
	if (!lane) {
		lane = new RateLane(REQUESTS_PER_SECOND);
		lanes.set(accountOrigin, lane);
	}
	return lane;
}
