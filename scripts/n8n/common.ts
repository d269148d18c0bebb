/**
 * Shared constants and helpers for the "real n8n" tooling (install, instance, dev, e2e tests).
 *
 * Everything lives in `<project>/.dev/` (git-ignored): nothing is written outside the project folder
 * except npm's own cache.
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Pinned versions. n8n 2.41.x does not install (a pinned dependency is missing from the registry). */
export const NODE_VERSION = '24.21.0';
export const N8N_VERSION = '2.40.7';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const DEV_DIR = process.env.N8N_DEV_DIR
	? path.resolve(process.env.N8N_DEV_DIR)
	: path.join(PROJECT_ROOT, '.dev');

export const NODE_PKG = `node-${process.platform}-${process.arch}`;
export const NODE24_DIR = path.join(DEV_DIR, 'node24');
/** The registry package's root: `bin/node` plus `include/node/*.h` (what node-gyp's `--nodedir` wants). */
export const NODE24_PKG_DIR = path.join(NODE24_DIR, 'node_modules', NODE_PKG);
export const NODE24_BIN = path.join(NODE24_PKG_DIR, 'bin', 'node');

export const N8N_DIR = path.join(DEV_DIR, 'n8n');
export const N8N_PKG_DIR = path.join(N8N_DIR, 'node_modules', 'n8n');
export const N8N_BIN_JS = path.join(N8N_PKG_DIR, 'bin', 'n8n');
export const INSTALL_MARKER = path.join(DEV_DIR, 'install.json');

/** A lockfile made from a working install: `npm ci` from it is reproducible whatever the registry serves later. */
export const N8N_LOCKFILE = path.join(__dirname, 'n8n-package-lock.json');

export interface InstallMarker {
	node: string;
	n8n: string;
	sqlite3Rebuilt: boolean;
	installedAt: string;
	seconds?: number;
}

export function readMarker(): InstallMarker | undefined {
	try {
		return JSON.parse(readFileSync(INSTALL_MARKER, 'utf8')) as InstallMarker;
	} catch {
		return undefined;
	}
}

/** True when `.dev/` holds a complete install of the pinned versions. */
export function isInstalled(): boolean {
	const m = readMarker();
	return (
		!!m &&
		m.node === NODE_VERSION &&
		m.n8n === N8N_VERSION &&
		m.sqlite3Rebuilt &&
		existsSync(NODE24_BIN) &&
		existsSync(N8N_BIN_JS)
	);
}

const t0 = Date.now();
export function log(msg: string): void {
	const s = ((Date.now() - t0) / 1000).toFixed(1).padStart(6);
	process.stdout.write(`[n8n ${s}s] ${msg}\n`);
}

export interface RunResult {
	code: number;
	stdout: string;
	stderr: string;
}

/**
 * Runs a command, resolving with its exit code and output (never rejects on a non-zero exit).
 * `echo` streams output to this process's stdout/stderr as well.
 */
export function run(
	cmd: string,
	args: string[],
	opts: SpawnOptions & { echo?: boolean; input?: string } = {},
): Promise<RunResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, { ...opts, stdio: ['pipe', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout!.on('data', (d: Buffer) => {
			stdout += d.toString();
			if (opts.echo) process.stdout.write(d);
		});
		child.stderr!.on('data', (d: Buffer) => {
			stderr += d.toString();
			if (opts.echo) process.stderr.write(d);
		});
		child.on('error', reject);
		child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
		if (opts.input !== undefined) child.stdin!.end(opts.input);
		else child.stdin!.end();
	});
}

export async function runOrThrow(
	cmd: string,
	args: string[],
	opts: SpawnOptions & { echo?: boolean; input?: string } = {},
): Promise<RunResult> {
	const r = await run(cmd, args, opts);
	if (r.code !== 0) {
		const tail = (r.stderr || r.stdout).split('\n').slice(-40).join('\n');
		throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}\n${tail}`);
	}
	return r;
}

/** The `npm` to use: the one that runs us (npm_execpath) or the one on PATH. */
export function npmCommand(): { cmd: string; pre: string[] } {
	const execpath = process.env.npm_execpath;
	if (execpath && /npm-cli\.js$/.test(execpath) && existsSync(execpath)) {
		return { cmd: process.execPath, pre: [execpath] };
	}
	return { cmd: 'npm', pre: [] };
}

export function sleep(ms: number): Promise<void> {
	return new Promise((r) => setTimeout(r, ms));
}
