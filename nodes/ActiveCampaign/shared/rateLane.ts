import { sleep } from 'n8n-workflow';

/**
 * ActiveCampaign allows 5 requests per second per account and answers 429 beyond that.
 *
 * A lane per account (API origin) is shared by every item, page, load-options call and trigger hook in this
 * process. A request may start only while fewer than `perSecond` requests are in flight or finished less
 * than a second ago: whatever the latency, no sliding one-second window at the server can then hold more
 * than `perSecond` arrivals. A 429 or 503 pauses the whole lane for the server's Retry-After.
 */
export interface LaneTicket {
	release(): void;
}

class RateLane {
	private readonly recent: number[] = [];
	private inFlight = 0;
	private pausedUntil = 0;
	private queue: Promise<void> = Promise.resolve();

	constructor(private readonly perSecond: number) {}

	async acquire(): Promise<LaneTicket> {
		const turn = this.queue.then(async () => await this.waitForSlot());
		this.queue = turn.catch(() => undefined);
		await turn;
		this.inFlight++;
		let released = false;
		return {
			release: () => {
				if (released) return;
				released = true;
				this.inFlight--;
				this.recent.push(Date.now());
			},
		};
	}

	pause(ms: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
	}

	private async waitForSlot(): Promise<void> {
		for (;;) {
			const now = Date.now();
			while (this.recent.length > 0 && this.recent[0] <= now - 1000) this.recent.shift();
			if (now < this.pausedUntil) {
				await sleep(this.pausedUntil - now);
				continue;
			}
			if (this.inFlight + this.recent.length < this.perSecond) return;
			// Wait for the oldest finished request to leave the window, or poll while everything is in flight.
			const wait = this.recent.length > 0 ? this.recent[0] + 1000 - now : 25;
			await sleep(Math.max(wait, 1));
		}
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
