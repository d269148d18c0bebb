/**
 * Several n8n workers on one ActiveCampaign account, as in queue mode (issue #15), without n8n's queue: one sandbox
 * at 5 requests/second and N separate Node processes (bench/sharedAccountWorker.ts), each with its own rate lane,
 * each running its executions of Contact > Create or Update items through the real node path at once. The lanes
 * share nothing but what the API answers. Prints, per run, the share of requests answered 429 and the time from
 * start to the last item against the floor (items / 5 per second).
 *
 *   npx tsx bench/sharedAccount.ts [--workers 2] [--executions 2] [--items 100] [--runs 3] [--latency 0] [--timeline]
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

import { startSandbox } from '../sandbox';

export interface SharedAccountOptions {
	workers: number;
	executionsPerWorker: number;
	items: number;
	latencyMs: number;
	rate: number;
	timeline: boolean;
}

export interface SharedAccountRun {
	requests: number;
	refused: number;
	share429: number;
	wallMs: number;
	floorMs: number;
	ratio: number;
	itemsOk: number;
	itemsWanted: number;
	perWorkerDoneS: number[];
}

function option(name: string, fallback: number): number {
	const at = process.argv.indexOf(`--${name}`);
	return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

export function sharedAccountOptions(): SharedAccountOptions {
	return {
		workers: option('workers', 2),
		executionsPerWorker: option('executions', 2),
		items: option('items', 100),
		latencyMs: option('latency', 0),
		rate: option('rate', 5),
		timeline: process.argv.includes('--timeline'),
	};
}

async function spawnWorker(): Promise<ChildProcess> {
	const child = fork(path.join(__dirname, 'sharedAccountWorker.ts'), [], {
		execArgv: ['--import', 'tsx'],
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	await new Promise<void>((resolve, reject) => {
		child.once('message', () => resolve());
		child.once('exit', (code) => reject(new Error(`worker exited with ${code} before it was ready`)));
	});
	return child;
}

export async function runSharedAccount(opts: SharedAccountOptions, label = ''): Promise<SharedAccountRun> {
	const sandbox = await startSandbox({ port: 0, seed: true, rateLimit: opts.rate, latencyMs: opts.latencyMs || undefined, webhookDelivery: false });
	// Loading n8n-core takes seconds and is no part of the run: the workers load one after the other, then start together.
	const children: ChildProcess[] = [];
	try {
		for (let w = 0; w < opts.workers; w++) children.push(await spawnWorker());
		await new Promise((resolve) => setTimeout(resolve, 1100)); // an empty window
		sandbox.requests.length = 0;
		const t0 = Date.now();
		const done = children.map(
			(child) =>
				new Promise<{ ok: number; doneAt: number[] }>((resolve, reject) => {
					child.once('message', (message) => resolve(message as { ok: number; doneAt: number[] }));
					child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
				}),
		);
		children.forEach((child, w) =>
			child.send({
				url: sandbox.url,
				token: sandbox.token,
				executions: opts.executionsPerWorker,
				items: opts.items,
				prefix: `w${w}`,
				// n8n hands a worker its executions a few ms apart, and the workers do not start in the same ms.
				startDelaysMs: Array.from({ length: opts.executionsPerWorker }, () => Math.round(Math.random() * 30)),
			}),
		);
		const outcomes = await Promise.all(done);
		const wallMs = Math.max(...outcomes.flatMap((o) => o.doneAt)) - t0;
		const requests = sandbox.requests;
		const refused = requests.filter((r) => r.status === 429).length;
		const itemsWanted = opts.workers * opts.executionsPerWorker * opts.items;
		const floorMs = (itemsWanted / opts.rate) * 1000;
		const run: SharedAccountRun = {
			requests: requests.length,
			refused,
			share429: refused / Math.max(1, requests.length),
			wallMs,
			floorMs,
			ratio: wallMs / floorMs,
			itemsOk: outcomes.reduce((sum, o) => sum + o.ok, 0),
			itemsWanted,
			perWorkerDoneS: outcomes.map((o) => Number(((Math.max(...o.doneAt) - t0) / 1000).toFixed(1))),
		};
		if (opts.timeline) {
			// Per second: requests started by each worker (w0:ok/429 ...), from the e-mail prefix in the body.
			const seconds = Math.ceil(wallMs / 1000);
			for (let s = 0; s < seconds; s++) {
				const inSecond = requests.filter((r) => Math.floor((r.startedAt - t0) / 1000) === s);
				const parts = Array.from({ length: opts.workers }, (_, w) => {
					const mine = inSecond.filter((r) => JSON.stringify(r.body ?? '').includes(`"w${w}-`));
					return `w${w} ${mine.filter((r) => r.status !== 429).length}/${mine.filter((r) => r.status === 429).length}`;
				});
				process.stdout.write(`  t=${String(s).padStart(3)}s  ${parts.join('  ')}\n`);
			}
		}
		process.stdout.write(
			`shared account${label}: ${opts.workers} workers x ${opts.executionsPerWorker} x ${opts.items} items, latency ${opts.latencyMs} ms: ` +
				`${run.itemsOk}/${itemsWanted} items ok, ${run.requests} requests, ${refused} answered 429 (${(run.share429 * 100).toFixed(1)}%), ` +
				`${(wallMs / 1000).toFixed(1)} s vs floor ${floorMs / 1000} s = ${run.ratio.toFixed(2)}x; workers done after ${run.perWorkerDoneS.join(', ')} s\n`,
		);
		return run;
	} finally {
		for (const child of children) if (child.exitCode === null) child.kill();
		await sandbox.close();
	}
}

if (require.main === module) {
	const runs = option('runs', 1);
	(async () => {
		const opts = sharedAccountOptions();
		const all: SharedAccountRun[] = [];
		for (let r = 0; r < runs; r++) all.push(await runSharedAccount(opts, runs > 1 ? ` run ${r + 1}/${runs}` : ''));
		if (runs > 1) {
			const mean = (f: (run: SharedAccountRun) => number) => all.reduce((sum, run) => sum + f(run), 0) / all.length;
			process.stdout.write(
				`mean of ${runs}: ${(mean((r) => r.share429) * 100).toFixed(1)}% answered 429, ${mean((r) => r.ratio).toFixed(2)}x the floor; ` +
					`worst ${(Math.max(...all.map((r) => r.share429)) * 100).toFixed(1)}%, ${Math.max(...all.map((r) => r.ratio)).toFixed(2)}x\n`,
			);
		}
	})().then(
		() => process.exit(0),
		(error: unknown) => {
			process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
			process.exit(1);
		},
	);
}
