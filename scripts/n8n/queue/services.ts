/**
 * Redis and Postgres for n8n queue mode, from Debian packages, as children of this process: loopback only, a free
 * port each, data in a folder the caller deletes. Postgres refuses to run as root, so as root it runs as the
 * `postgres` user the Debian package creates.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, createWriteStream, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

import { log, run, runOrThrow, sleep } from '../common';
import { freePort } from '../instance';

const REDIS_SERVER = '/usr/bin/redis-server';
const POSTGRES_LIB = '/usr/lib/postgresql';

/** The newest Postgres server installed by Debian's `postgresql` package (`/usr/lib/postgresql/<major>/bin`). */
function postgresBinDir(): string | undefined {
	if (!existsSync(POSTGRES_LIB)) return undefined;
	const majors = readdirSync(POSTGRES_LIB)
		.filter((v) => /^\d+$/.test(v) && existsSync(path.join(POSTGRES_LIB, v, 'bin', 'postgres')))
		.sort((a, b) => Number(b) - Number(a));
	return majors.length ? path.join(POSTGRES_LIB, majors[0], 'bin') : undefined;
}

/** Installs `redis-server` and `postgresql` with apt-get when either is missing (CI machines may be new). */
export async function ensureServicePackages(): Promise<void> {
	const missing: string[] = [];
	if (!existsSync(REDIS_SERVER)) missing.push('redis-server');
	if (!postgresBinDir()) missing.push('postgresql');
	if (missing.length === 0) return;
	const root = process.getuid?.() === 0;
	if (!root && (await run('sudo', ['-n', 'true']).catch(() => ({ code: 1 }))).code !== 0) {
		throw new Error(`${missing.join(' and ')} missing: run \`sudo apt-get install -y redis-server postgresql\` first`);
	}
	const apt = async (args: string[]) => {
		// `DPkg::Lock::Timeout`: another apt run on the machine holds the lock for a while, wait for it.
		const aptArgs = ['-o', 'DPkg::Lock::Timeout=300', ...args];
		await runOrThrow(root ? 'apt-get' : 'sudo', root ? aptArgs : ['-n', 'apt-get', ...aptArgs], {
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		});
	};
	const started = Date.now();
	log(`apt-get: installing ${missing.join(', ')}`);
	await apt(['update', '-q']);
	await apt(['install', '-y', '-q', '--no-install-recommends', 'redis-server', 'postgresql']);
	if (!existsSync(REDIS_SERVER) || !postgresBinDir()) throw new Error('apt-get finished but redis-server or postgresql is still missing');
	log(`apt-get: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** A service running as a child of this process, its output in a log file. */
export class ServiceProcess {
	private exitCode: number | null | undefined;
	readonly exited: Promise<void>;

	constructor(
		readonly name: string,
		readonly child: ChildProcess,
		readonly logFile: string,
	) {
		const out = createWriteStream(logFile, { flags: 'a' });
		child.stdout?.pipe(out);
		child.stderr?.pipe(out);
		this.exited = new Promise((resolve) =>
			child.once('exit', (code, signal) => {
				this.exitCode = code ?? (signal ? null : 0);
				resolve();
			}),
		);
	}

	get pid(): number | undefined {
		return this.child.pid;
	}

	get running(): boolean {
		return this.exitCode === undefined && this.child.exitCode === null && this.child.signalCode === null;
	}

	/** `signal`, then SIGKILL after `timeoutMs`. */
	async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 15_000): Promise<void> {
		if (!this.running) return;
		this.child.kill(signal);
		const timer = setTimeout(() => this.running && this.child.kill('SIGKILL'), timeoutMs);
		await this.exited;
		clearTimeout(timer);
	}

	/** Synchronous last resort (process 'exit' handler). */
	kill(): void {
		if (this.running) this.child.kill('SIGKILL');
	}
}

function spawnService(name: string, cmd: string, args: string[], logFile: string, opts: { uid?: number; gid?: number; cwd?: string; env?: NodeJS.ProcessEnv } = {}): ServiceProcess {
	const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
	return new ServiceProcess(name, child, logFile);
}

export interface Redis {
	host: string;
	port: number;
	process: ServiceProcess;
}

async function redisPing(port: number): Promise<boolean> {
	return await new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		let answer = '';
		socket.setTimeout(1000);
		socket.on('connect', () => socket.write('PING\r\n'));
		socket.on('data', (d) => {
			answer += d.toString();
			if (answer.includes('\r\n')) {
				socket.destroy();
				resolve(answer.startsWith('+PONG'));
			}
		});
		socket.on('error', () => resolve(false));
		socket.on('timeout', () => {
			socket.destroy();
			resolve(false);
		});
	});
}

/** redis-server in the foreground (a child: it dies with us), no persistence. */
export async function startRedis(dir: string, logDir: string): Promise<Redis> {
	mkdirSync(dir, { recursive: true });
	const port = await freePort();
	const proc = spawnService(
		'redis',
		REDIS_SERVER,
		['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--dir', dir, '--logfile', ''],
		path.join(logDir, 'redis.log'),
	);
	const deadline = Date.now() + 15_000;
	while (!(await redisPing(port))) {
		if (!proc.running) throw new Error(`redis-server exited at start (log: ${proc.logFile})`);
		if (Date.now() > deadline) {
			await proc.stop('SIGKILL');
			throw new Error(`redis-server did not answer PING within 15 s (log: ${proc.logFile})`);
		}
		await sleep(100);
	}
	return { host: '127.0.0.1', port, process: proc };
}

export interface Postgres {
	host: string;
	port: number;
	database: string;
	user: string;
	password: string;
	process: ServiceProcess;
}

/** uid/gid of the `postgres` user when we are root (Postgres will not run as root), else nothing (run as ourselves). */
async function postgresIdentity(): Promise<{ uid?: number; gid?: number }> {
	if (process.getuid?.() !== 0) return {};
	const uid = Number((await runOrThrow('id', ['-u', 'postgres'])).stdout.trim());
	const gid = Number((await runOrThrow('id', ['-g', 'postgres'])).stdout.trim());
	return { uid, gid };
}

/**
 * A new cluster in `dir` (initdb, about 1 s), the server in the foreground on a free loopback port with fsync off
 * (the data is thrown away), and a database owned by a user of its own, reached with a password over TCP.
 */
export async function startPostgres(dir: string, logDir: string): Promise<Postgres> {
	const bin = postgresBinDir();
	if (!bin) throw new Error('Postgres is not installed (apt-get install postgresql)');
	const who = await postgresIdentity();
	const dataDir = path.join(dir, 'data');
	const socketDir = path.join(dir, 'socket');
	for (const d of [dir, dataDir, socketDir]) {
		mkdirSync(d, { recursive: true, mode: 0o700 });
		if (who.uid !== undefined) chownSync(d, who.uid, who.gid!);
	}
	const superPassword = randomBytes(12).toString('hex');
	const pwFile = path.join(dir, 'superuser-password');
	writeFileSync(pwFile, superPassword + '\n', { mode: 0o600 });
	if (who.uid !== undefined) chownSync(pwFile, who.uid, who.gid!);
	const asPostgres = { ...who, cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } };
	const initdb = await run(
		path.join(bin, 'initdb'),
		['-D', dataDir, '-U', 'postgres', '--pwfile', pwFile, '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--no-sync'],
		asPostgres,
	);
	if (initdb.code !== 0) throw new Error(`initdb exited ${initdb.code}: ${initdb.stderr.slice(-1000)}`);
	const port = await freePort();
	const proc = spawnService(
		'postgres',
		path.join(bin, 'postgres'),
		['-D', dataDir, '-h', '127.0.0.1', '-p', String(port), '-k', socketDir, '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
		path.join(logDir, 'postgres.log'),
		asPostgres,
	);
	const psql = (sql: string) =>
		run(path.join(bin, 'psql'), ['-h', socketDir, '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-qAtc', sql], asPostgres);
	const password = randomBytes(12).toString('hex');
	try {
		const deadline = Date.now() + 20_000;
		for (;;) {
			if (!proc.running) throw new Error(`postgres exited at start (log: ${proc.logFile})`);
			if ((await psql('select 1')).code === 0) break;
			if (Date.now() > deadline) throw new Error(`postgres did not accept connections within 20 s (log: ${proc.logFile})`);
			await sleep(150);
		}
		for (const sql of [`CREATE USER n8n PASSWORD '${password}'`, 'CREATE DATABASE n8n OWNER n8n']) {
			const r = await psql(sql);
			if (r.code !== 0) throw new Error(`psql ${sql.split(' PASSWORD')[0]}: ${r.stderr}`);
		}
	} catch (err) {
		await proc.stop('SIGINT', 5_000);
		throw err;
	}
	return { host: '127.0.0.1', port, database: 'n8n', user: 'n8n', password, process: proc };
}
