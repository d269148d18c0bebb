/**
 * One command for a working n8n with these nodes and a safe ActiveCampaign to play with:
 *
 *   npm run dev                      # sandbox (seeded) + n8n, owner account, credential, example workflows
 *   npm run dev -- --real-account    # a real account instead: reads ACTIVECAMPAIGN_API_URL / ACTIVECAMPAIGN_API_TOKEN
 *
 * Options: --port N (n8n, default 5678 or a free one), --sandbox-port N (default 8787 or a free one),
 *          --fresh (wipe this mode's n8n database first), --no-build (skip `npm run build`).
 *
 * First run installs Node 24 and n8n into .dev/ (about 8 minutes; later runs reuse it). Ctrl-C stops n8n, then
 * the sandbox. The sandbox and the real account use separate n8n user folders (.dev/n8n-user and
 * .dev/n8n-user-real), so workflows made against the sandbox never run against the real account.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { DEV_DIR, log, PROJECT_ROOT } from './common';
import { install } from './install';
import {
	buildPackage,
	CREDENTIAL_TYPE,
	DEFAULT_OWNER,
	freePort,
	startN8n,
	type N8nClient,
	type N8nInstance,
	type WorkflowJson,
} from './instance';

export const EXAMPLES_DIR = path.join(PROJECT_ROOT, 'examples');
export const SANDBOX_CREDENTIAL_NAME = 'ActiveCampaign (sandbox)';
export const REAL_CREDENTIAL_NAME = 'ActiveCampaign account';

/** A mistake in how the command was called: printed without a stack trace. */
class UsageError extends Error {}

interface Args {
	realAccount: boolean;
	fresh: boolean;
	build: boolean;
	port?: number;
	sandboxPort?: number;
}

function parseArgs(argv: string[]): Args {
	const a: Args = { realAccount: false, fresh: false, build: true };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=', 2);
		const num = (): number => {
			const v = Number(inline ?? argv[++i]);
			if (!Number.isInteger(v) || v < 0 || v > 65535) throw new UsageError(`${flag} needs a port number`);
			return v;
		};
		if (flag === '--real-account') a.realAccount = true;
		else if (flag === '--fresh') a.fresh = true;
		else if (flag === '--no-build') a.build = false;
		else if (flag === '--port') a.port = num();
		else if (flag === '--sandbox-port') a.sandboxPort = num();
		else if (flag === '--help' || flag === '-h') {
			console.log('Usage: npm run dev -- [--real-account] [--fresh] [--no-build] [--port 5678] [--sandbox-port 8787]');
			process.exit(0);
		} else throw new UsageError(`unknown option ${argv[i]} (see --help)`);
	}
	return a;
}

/** Example workflows shipped in examples/*.json, sorted by file name. */
export function loadExamples(dir = EXAMPLES_DIR): Array<{ file: string; workflow: WorkflowJson }> {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => ({ file: f, workflow: JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as WorkflowJson }));
}

/** Creates the credential, or updates the one with the same name (the sandbox URL may differ between runs). */
export async function ensureCredential(
	n8n: N8nClient,
	name: string,
	data: { url: string; apiToken: string },
): Promise<{ id: string; name: string }> {
	const existing = (await n8n.listCredentials()).find((c) => c.name === name && c.type === CREDENTIAL_TYPE);
	if (existing) {
		await n8n.updateCredential(existing.id, { name, data });
		return { id: existing.id, name };
	}
	return await n8n.createCredential({ name, type: CREDENTIAL_TYPE, data });
}

/** Imports each example whose name is not taken yet; returns [name, id, imported now?]. */
export async function importExamples(
	n8n: N8nClient,
	credential: { id: string; name: string },
): Promise<Array<{ name: string; id: string; created: boolean }>> {
	const existing = await n8n.listWorkflows();
	const out: Array<{ name: string; id: string; created: boolean }> = [];
	for (const { workflow } of loadExamples()) {
		const found = existing.find((w) => w.name === workflow.name);
		if (found) {
			out.push({ name: found.name, id: found.id, created: false });
			continue;
		}
		const wf = await n8n.importWorkflow(workflow, { credentials: { [CREDENTIAL_TYPE]: credential } });
		out.push({ name: wf.name, id: wf.id, created: true });
	}
	return out;
}

interface SandboxHandle {
	url: string;
	token: string;
	close(): Promise<void>;
}

async function main(): Promise<void> {
	const args = parseArgs(process.argv.slice(2));
	let target: { url: string; apiToken: string; credentialName: string };
	if (args.realAccount) {
		const url = process.env.ACTIVECAMPAIGN_API_URL;
		const apiToken = process.env.ACTIVECAMPAIGN_API_TOKEN;
		if (!url || !apiToken) {
			throw new UsageError(
				'--real-account needs ACTIVECAMPAIGN_API_URL (e.g. https://youraccount.api-us1.com) and ACTIVECAMPAIGN_API_TOKEN in the environment',
			);
		}
		target = { url, apiToken, credentialName: REAL_CREDENTIAL_NAME };
	} else {
		target = { url: '', apiToken: '', credentialName: SANDBOX_CREDENTIAL_NAME };
	}

	await install();
	if (args.build) await buildPackage();

	let sandbox: SandboxHandle | undefined;
	let n8n: N8nInstance | undefined;
	let stopping = false;
	let stoppingSince = 0;
	const shutdown = async (code: number): Promise<never> => {
		if (stopping) {
			// Ctrl-C reaches npm, tsx and this process at once, and npm/tsx relay it again: ignore repeats that
			// arrive together; a later Ctrl-C (stopping takes too long) stops n8n at once.
			if (Date.now() - stoppingSince < 3000) return undefined as never;
			console.log('Forcing stop.');
			n8n?.child.kill('SIGKILL');
			process.exit(code || 130);
		}
		stopping = true;
		stoppingSince = Date.now();
		console.log('\nStopping n8n ...');
		// n8n first: it deregisters the trigger webhooks in the sandbox on its way down.
		await n8n?.stop().catch(() => undefined);
		if (sandbox) {
			console.log('Stopping the sandbox ...');
			await sandbox.close().catch(() => undefined);
		}
		console.log('Stopped.');
		process.exit(code);
	};
	process.on('SIGINT', () => void shutdown(0));
	process.on('SIGTERM', () => void shutdown(0));

	try {
		if (!args.realAccount) {
			// Loaded only here, so --real-account works without the sandbox's code path.
			const { startSandbox } = (await import('../../sandbox/index')) as {
				startSandbox: (o: { port?: number; seed?: boolean }) => Promise<SandboxHandle>;
			};
			const port = await freePort(args.sandboxPort ?? 8787);
			sandbox = await startSandbox({ port, seed: true });
			target.url = sandbox.url;
			target.apiToken = sandbox.token;
			log(`sandbox on ${sandbox.url} (seeded)`);
		}

		const userFolder = path.join(DEV_DIR, args.realAccount ? 'n8n-user-real' : 'n8n-user');
		// Own process group: Ctrl-C reaches only this process, which then stops n8n before the sandbox.
		n8n = await startN8n({ userFolder, port: args.port ?? 5678, fresh: args.fresh, detached: true });
		void n8n.whenExited.then((code) => {
			if (!stopping) {
				console.error(`n8n exited unexpectedly (${code}); its log: ${n8n?.logFile}\n${n8n?.logTail(30)}`);
				void shutdown(1);
			}
		});
		const owner = await n8n.setupOwner(DEFAULT_OWNER).catch((err: Error) => {
			throw new Error(
				`could not log in as ${DEFAULT_OWNER.email} (${err.message.slice(0, 200)}). If the owner's password was ` +
					`changed in this n8n, start over with --fresh (this deletes ${path.relative(PROJECT_ROOT, userFolder)}'s database).`,
			);
		});
		const credential = await ensureCredential(n8n, target.credentialName, { url: target.url, apiToken: target.apiToken });
		const test = await n8n.testCredential(credential.id).catch((e: Error) => ({ status: 'Error', message: e.message }));
		const workflows = await importExamples(n8n, credential);

		const line = '-'.repeat(72);
		console.log(`\n${line}`);
		console.log(`n8n editor:   ${n8n.editorUrl}`);
		console.log(`login:        ${owner.email} / ${owner.password}`);
		if (sandbox) {
			console.log(`sandbox:      ${sandbox.url}  (API under /api/3, header Api-Token: ${sandbox.token})`);
			console.log(`              control API: ${sandbox.url}/__sandbox/health, /__sandbox/requests, /__sandbox/deliveries`);
			console.log('              (its data lives in memory and starts from the seed on every run; n8n keeps its workflows)');
		} else {
			console.log(`account:      ${target.url}  (token from ACTIVECAMPAIGN_API_TOKEN, not shown)`);
		}
		console.log(`credential:   "${credential.name}" (id ${credential.id}): test ${test.status}${test.status === 'OK' ? '' : ` - ${test.message}`}`);
		if (workflows.length) {
			console.log('workflows:');
			for (const w of workflows) console.log(`  ${n8n.editorUrl}workflow/${w.id}  ${w.name}${w.created ? ' (imported)' : ''}`);
		}
		console.log(`n8n log:      ${path.relative(PROJECT_ROOT, n8n.logFile)}`);
		console.log(`${line}\nPress Ctrl-C to stop.`);
	} catch (err) {
		console.error(err instanceof Error ? err.message : err);
		await shutdown(1);
	}
}

if (require.main === module) {
	main().catch((err: Error) => {
		console.error(err instanceof UsageError ? err.message : (err.stack ?? err.message));
		process.exit(1);
	});
}
