import { sleep } from 'n8n-workflow';

/**
 * ActiveCampaign allows 5 requests per second per account; at its strictest, that counts arrivals in any sliding
 * second, and the 6th gets a 429 with Retry-After.
 *
 * One lane per account (API origin) paces every request of this process: items, pages, lookups, load options and
 * the triggers. It paces request *starts*: a request may start only while fewer than `limit` requests started in
 * the last second plus a guard. Pacing starts, not finishes, keeps the account busy whatever the latency (a
 * request that takes 800 ms does not keep its slot for 800 ms more). A request counts from its grant, and from the
 * moment it actually leaves when the HTTP client reports that (see requestPolicy), since preparing it can take a
 * while when many items start at once. The guard covers the rest of the jitter between our start and the server's
 * arrival (connection set-up, network), which we cannot see directly, so it is learned:
 * - it never falls below a tenth of the spread of the response times seen (p90 - p10), part of which is on the way in;
 * - a 429 doubles it; every 50 answers without one take 10% off again.
 * The server's `RateLimit-Remaining` tells what our own count cannot: requests from elsewhere on the same account
 * (another n8n worker, another tool). An answer's remaining count, set against our own starts in the second before
 * that request, gives the foreign arrivals of that second; they count against the lane until they age out. While
 * the account is shared, the lane's own share of the limit follows additive increase, multiplicative decrease (as
 * TCP does): a 429 halves it, a full window (remaining 0) that it used more than the others takes half a request off, and
 * every other answer adds 1/share (one request per window and second, as a congestion window grows per round trip).
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
const MIN_GUARD_MS = 75;
const MAX_GUARD_MS = 1000;
const ANSWERS_PER_EASE = 50;
const LATENCY_SAMPLES = 50;
const HISTORY_MS = WINDOW_MS + MAX_GUARD_MS + 60_000;
/** How long the lane behaves as shared after it last saw another client's requests on the account. */
const SHARED_MEMORY_MS = 3_000;
/** More requests than this in flight at once means the server is stalling: new ones wait instead of piling on. */
const MAX_IN_FLIGHT = 25;

interface Start {
	at: number;
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
	/** Requests per window this lane allows itself while others use the account too. */
	private share: number;
	private sharedUntil = 0;
	private lastDecreaseAt = 0;
	private answersSinceRateLimit = 0;
	private queue: Promise<void> = Promise.resolve();

	constructor(private limit: number) {
		this.share = limit;
	}

	get guardMs(): number {
		return Math.min(MAX_GUARD_MS, Math.max(this.learnedGuardMs, this.latencySpreadMs() / 10));
	}

	async acquire(): Promise<LaneTicket> {
		const turn = this.queue.then(async () => await this.waitForSlot());
		this.queue = turn.then(
			() => undefined,
			() => undefined,
		);
		const start = await turn;
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
				this.learn(start.at, Date.now(), answer);
			},
		};
	}

	pause(ms: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
	}

	private async waitForSlot(): Promise<Start> {
		for (;;) {
			const now = Date.now();
			const window = WINDOW_MS + this.guardMs;
			// Starts are kept longer than the window: an answer that comes late is set against the starts before it.
			this.starts = this.starts.filter((start) => start.at > now - HISTORY_MS);
			while (this.foreign.length > 0 && this.foreign[0].at <= now - window) this.foreign.shift();
			if (now < this.pausedUntil) {
				await sleep(this.pausedUntil - now);
				continue;
			}
			const recent = this.starts.filter((start) => start.at > now - window).map((start) => start.at);
			const foreign = this.foreign.reduce((most, entry) => Math.max(most, entry.count), 0);
			const allowed = now < this.sharedUntil ? Math.max(1, Math.min(Math.floor(this.share), this.limit - foreign)) : this.limit;
			// Starts are spread over the window rather than sent in bursts, so that other clients of the account
			// land between ours and each side sees the other in the server's counts.
			const spacing = window / allowed;
			const last = recent[recent.length - 1];
			const spaced = last === undefined || now >= last + spacing;
			if (recent.length < allowed && spaced && this.inFlight < MAX_IN_FLIGHT) {
				const start = { at: now };
				this.starts.push(start);
				return start;
			}
			const oldest = Math.min(...recent, this.foreign[0]?.at ?? Infinity);
			const nextSpaced = last === undefined ? now : last + spacing;
			const nextFree = recent.length < allowed ? now : Number.isFinite(oldest) ? oldest + window : now + 25;
			const wait = Math.max(nextSpaced, nextFree) - now;
			await sleep(Math.max(wait, 1));
		}
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
		// A full window is a near miss; while sharing, the client that used more of it gives way.
		let nearMiss = false;
		if (headers['ratelimit-remaining'] !== undefined && Number.isFinite(remaining)) {
			const ownInWindow = Math.max(1, this.starts.filter((start) => start.at > startedAt - WINDOW_MS && start.at <= startedAt).length);
			// A refused request is not counted by the server: the window held the whole limit without it.
			const serverCount = answer.status === 429 ? this.limit : this.limit - Math.max(remaining, 0);
			const ownCounted = answer.status === 429 ? ownInWindow - 1 : ownInWindow;
			const foreign = serverCount - ownCounted;
			if (foreign > 0) {
				this.foreign.push({ at: startedAt, count: foreign });
				this.sharedUntil = Math.max(this.sharedUntil, finishedAt + SHARED_MEMORY_MS);
			}
			nearMiss = remaining <= 0 && ownCounted > foreign;
		}
		const shared = finishedAt < this.sharedUntil;
		// One decrease per window, however many of its requests were refused (as TCP halves once per loss event).
		const mayDecrease = finishedAt - this.lastDecreaseAt >= WINDOW_MS;
		if (answer.status === 429) {
			this.answersSinceRateLimit = 0;
			if (!mayDecrease) return;
			this.lastDecreaseAt = finishedAt;
			if (shared) this.share = Math.max(1, this.share / 2);
			else this.learnedGuardMs = Math.min(MAX_GUARD_MS, this.learnedGuardMs * 2);
		} else if (answer.status !== undefined) {
			if (shared && nearMiss && mayDecrease) {
				this.lastDecreaseAt = finishedAt;
				this.share = Math.max(1, this.share - 0.5);
			} else if (shared && !nearMiss) this.share = Math.min(this.limit, this.share + 1 / this.share);
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
