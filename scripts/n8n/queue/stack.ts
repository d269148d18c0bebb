/**
 * n8n in queue mode on this machine: Redis, Postgres, the main process, N workers and one webhook processor,
 * all on 127.0.0.1 with free ports, this package installed in every process. Everything but the logs lives in one
 * temporary folder that `stop()` deletes; logs go to `.dev/queue-logs/<run>/` (the newest runs are kept).
 *
 *   const stack = await startQueueStack();   // about 30 s (2 cores), ~2 GB RAM
 *   stack.main                                // N8nClient for the main process (owner, API key)
 *   stack.webhookUrl                          // the webhook processor: where ActiveCampaign delivers
 *   await stack.stop();                       // also run on Ctrl-C, SIGTERM and process exit
 *
 *   npx tsx scripts/n8n/queue/stack.ts       start it by hand; Ctrl-C stops and cleans up
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { DEV_DIR, isInstalled, log, N8N_BIN_JS, NODE24_BIN, PROJECT_ROOT, sleep } from '../common';
import { install } from '../install';
import { buildPackage, freePort, installPackageInto, N8nClient, n8nEnv, type N8nSession } from '../instance';
import { ensureServicePackages, ServiceProcess, startPostgres, startRedis, type Postgres, type Redis } from './services';

export const QUEUE_LOG_ROOT = path.join(DEV_DIR, 'queue-logs');
const KEEP_LOG_RUNS = 5;

export type N8nRole = 'main' | 'worker' | 'webhook';

export interface QueueStackOptions {
	/** Number of workers (default 2). */
	workers?: number;
	/** Executions a worker runs at once (`n8n worker --concurrency`, default 2: four started at once go to two workers). */
	workerConcurrency?: number;
	/** Run `npm run build` first (default true). */
	build?: boolean;
	logLevel?: string;
}

/** What a test process needs to reach a stack started elsewhere (jest globalSetup). */
export interface QueueSession {
	main: N8nSession;
	/** Base URL of the webhook processor (N8N_WEBHOOK_URL without the trailing slash). */
	webhookUrl: string;
	processes: Array<{ name: string; role: N8nRole; url: string; logFile: string }>;
	logDir: string;
}

interface N8nProcess {
	name: string;
	role: N8nRole;
	/** Where it answers HTTP: the editor/API (main), webhooks (webhook) or the health check (worker). */
	url: string;
	process: ServiceProcess;
}

export class QueueStack {
	redis?: Redis;
	postgres?: Postgres;
	readonly n8n: N8nProcess[] = [];
	webhookUrl = '';
	main = new N8nClient('');
	private stopping?: Promise<void>;
	private readonly onExit = () => this.killSync();
	private readonly onSignal = (signal: NodeJS.Signals) => {
		log(`${signal}: stopping the queue-mode stack`);
		void this.stop().finally(() => process.exit(128 + (os.constants.signals[signal] ?? 1)));
	};

	constructor(
		readonly root: string,
		readonly logDir: string,
	) {
		// From the first process started until stop(): Ctrl-C and SIGTERM stop everything, an exit kills what is left.
		process.on('exit', this.onExit);
		for (const s of SIGNALS) process.on(s, this.onSignal);
	}

	get stopped(): boolean {
		return this.stopping !== undefined;
	}

	get session(): QueueSession {
		return {
			main: this.main.session,
			webhookUrl: this.webhookUrl,
			processes: this.n8n.map((p) => ({ name: p.name, role: p.role, url: p.url, logFile: p.process.logFile })),
			logDir: this.logDir,
		};
	}

	/** Stops every process (n8n first, then Postgres and Redis) and deletes the temporary folder. Idempotent. */
	stop(): Promise<void> {
		this.stopping ??= (async () => {
			await Promise.all(this.n8n.map((p) => p.process.stop('SIGTERM', 20_000)));
			// SIGINT is Postgres's "fast" shutdown: no waiting for clients.
			await Promise.all([this.postgres?.process.stop('SIGINT', 10_000), this.redis?.process.stop('SIGTERM', 5_000)]);
			rmSync(this.root, { recursive: true, force: true });
			process.removeListener('exit', this.onExit);
			for (const s of SIGNALS) process.removeListener(s, this.onSignal);
		})();
		return this.stopping;
	}

	/** For a process 'exit' handler: no waiting possible, so SIGKILL and delete. */
	killSync(): void {
		for (const p of [...this.n8n.map((x) => x.process), this.postgres?.process, this.redis?.process]) p?.kill();
		rmSync(this.root, { recursive: true, force: true });
	}
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function newLogDir(): string {
	mkdirSync(QUEUE_LOG_ROOT, { recursive: true });
	const old = readdirSync(QUEUE_LOG_ROOT).sort();
	for (const dir of old.slice(0, Math.max(0, old.length - (KEEP_LOG_RUNS - 1)))) {
		rmSync(path.join(QUEUE_LOG_ROOT, dir), { recursive: true, force: true });
	}
	const dir = path.join(QUEUE_LOG_ROOT, `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
	mkdirSync(dir, { recursive: true });
	return dir;
}

async function waitReady(p: N8nProcess, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	const tail = () => readFileSync(p.process.logFile, 'utf8').split('\n').slice(-30).join('\n');
	for (;;) {
		if (!p.process.running) throw new Error(`n8n ${p.name} exited during startup:\n${tail()}`);
		try {
			const r = await fetch(`${p.url}/healthz/readiness`);
			// The main process answers readiness before its REST API is mounted.
			if (r.ok && (p.role !== 'main' || (await fetch(`${p.url}/rest/settings`)).ok)) return;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error(`n8n ${p.name} was not ready within ${timeoutMs / 1000} s:\n${tail()}`);
		await sleep(250);
	}
}

/**
 * One user folder per process (a shared one makes each start think the previous session crashed), each with
 * `.n8n/nodes` linked to a single install of this package.
 */
function userFolderFor(root: string, name: string, packageFolder: string): string {
	const folder = path.join(root, name);
	mkdirSync(path.join(folder, '.n8n'), { recursive: true });
	symlinkSync(path.join(packageFolder, '.n8n', 'nodes'), path.join(folder, '.n8n', 'nodes'), 'dir');
	return folder;
}

/**
 * Starts the stack. On failure everything started so far is stopped and deleted before the error is thrown.
 * While it runs, Ctrl-C/SIGTERM/SIGHUP stop it and exit, and a plain process exit kills what is left.
 */
export async function startQueueStack(opts: QueueStackOptions = {}): Promise<QueueStack> {
	const started = Date.now();
	const workers = opts.workers ?? 2;
	const concurrency = opts.workerConcurrency ?? 2;
	await ensureServicePackages();
	if (!isInstalled()) await install();
	if (opts.build !== false) await buildPackage();
	else if (!existsSync(path.join(PROJECT_ROOT, 'dist'))) throw new Error('dist/ is missing: run `npm run build` first');

	const root = mkdtempSync(path.join(os.tmpdir(), 'n8n-queue-'));
	// The postgres user must be able to reach its data folder inside.
	chmodSync(root, 0o711);
	const stack = new QueueStack(root, newLogDir());
	try {
		await startProcesses(stack, workers, concurrency, opts.logLevel ?? 'info');
	} catch (err) {
		await stack.stop();
		throw err;
	}
	log(`queue-mode stack up in ${((Date.now() - started) / 1000).toFixed(1)} s (logs: ${path.relative(PROJECT_ROOT, stack.logDir)})`);
	return stack;
}

async function startProcesses(stack: QueueStack, workers: number, concurrency: number, logLevel: string): Promise<void> {
	const { root, logDir } = stack;
	const t0 = Date.now();
	const [redisStart, postgresStart] = await Promise.allSettled([
		startRedis(path.join(root, 'redis'), logDir),
		startPostgres(path.join(root, 'postgres'), logDir),
	]);
	if (redisStart.status === 'fulfilled') stack.redis = redisStart.value;
	if (postgresStart.status === 'fulfilled') stack.postgres = postgresStart.value;
	if (redisStart.status === 'rejected') throw redisStart.reason;
	if (postgresStart.status === 'rejected') throw postgresStart.reason;
	const { redis, postgres } = { redis: redisStart.value, postgres: postgresStart.value };
	log(`redis on 127.0.0.1:${redis.port}, postgres on 127.0.0.1:${postgres.port} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

	const packageFolder = path.join(root, 'package');
	await installPackageInto(packageFolder);

	const mainPort = await freePort();
	const webhookPort = await freePort();
	const mainUrl = `http://127.0.0.1:${mainPort}`;
	stack.webhookUrl = `http://127.0.0.1:${webhookPort}`;
	stack.main = new N8nClient(mainUrl);
	const shared: Record<string, string> = {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: redis.host,
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: postgres.host,
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_DATABASE: postgres.database,
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: postgres.password,
		// The address the trigger registers with ActiveCampaign: the webhook processor's.
		N8N_WEBHOOK_URL: `${stack.webhookUrl}/`,
		N8N_EDITOR_BASE_URL: `${mainUrl}/`,
		// Without it, runs started from the editor (or /rest/workflows/:id/run) execute in the main process.
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
	};
	const plan: Array<{ name: string; role: N8nRole; port: number; args: string[]; env?: Record<string, string> }> = [
		{ name: 'main', role: 'main', port: mainPort, args: ['start'] },
	];
	for (let i = 1; i <= workers; i++) {
		const health = await freePort();
		plan.push({
			name: `worker-${i}`,
			role: 'worker',
			port: health,
			args: ['worker', `--concurrency=${concurrency}`],
			// By default a worker's server listens on every interface, port 5678.
			env: { QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(health), N8N_WORKER_SERVER_ADDRESS: '127.0.0.1' },
		});
	}
	plan.push({ name: 'webhook', role: 'webhook', port: webhookPort, args: ['webhook'] });

	for (const p of plan) {
		if (stack.stopped) throw new Error('stopped while starting');
		const userFolder = userFolderFor(root, p.name, packageFolder);
		// Every process may run a task broker: each needs a port of its own.
		const brokerPort = await freePort();
		const env: NodeJS.ProcessEnv = {
			PATH: `${path.dirname(NODE24_BIN)}${path.delimiter}${process.env.PATH ?? ''}`,
			HOME: userFolder,
			LANG: process.env.LANG ?? 'C.UTF-8',
			...n8nEnv({ port: p.port, brokerPort, userFolder, logLevel }),
			...shared,
			...(p.env ?? {}),
		};
		delete env.DB_SQLITE_POOL_SIZE;
		const child = spawn(NODE24_BIN, [N8N_BIN_JS, ...p.args], { cwd: userFolder, env, stdio: ['ignore', 'pipe', 'pipe'] });
		const proc = new ServiceProcess(p.name, child, path.join(logDir, `${p.name}.log`));
		stack.n8n.push({ name: p.name, role: p.role, url: `http://127.0.0.1:${p.port}`, process: proc });
	}
	const t1 = Date.now();
	await Promise.all(
		stack.n8n.map(async (p) => {
			await waitReady(p, 150_000);
			log(`n8n ${p.name} ready on ${p.url} after ${((Date.now() - t1) / 1000).toFixed(1)} s`);
		}),
	);
	await stack.main.setupOwner();
}

if (require.main === module) {
	startQueueStack({ build: !process.argv.includes('--no-build') }).then(
		(stack) => {
			const worker = stack.n8n.filter((p) => p.role === 'worker').map((p) => p.url);
			log(`editor ${stack.main.editorUrl} (${stack.main.owner.email} / ${stack.main.owner.password}); webhooks ${stack.webhookUrl}; workers' health ${worker.join(', ')}`);
			log('Ctrl-C stops everything and deletes the data');
		},
		(err: Error) => {
			process.stderr.write(`queue-mode stack failed: ${err.stack ?? err.message}\n`);
			process.exit(1);
		},
	);
}
