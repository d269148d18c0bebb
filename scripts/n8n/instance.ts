/**
 * A real n8n server for development and end-to-end tests: Node 24 + n8n from `.dev/` (see install.ts),
 * this package installed as a community package, sqlite, 127.0.0.1 only, offline settings.
 *
 *   const n8n = await startN8n({ userFolder: '.dev/e2e-user', fresh: true });
 *   await n8n.setupOwner();                        // owner account, login cookie and a public-API key
 *   const cred = await n8n.createCredential({ name, type: 'activeCampaignTokenApi', data: { url, apiToken } });
 *   const wf = await n8n.importWorkflow(json, { credentials: { activeCampaignTokenApi: cred } });
 *   const exec = await n8n.runWorkflow(wf.id);     // manual run, waits for the execution and returns it with data
 *   await n8n.activate(wf.id); await n8n.deactivate(wf.id);
 *   await n8n.stop();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
	createWriteStream,
	existsSync,
	lstatSync,
	mkdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	type WriteStream,
} from 'node:fs';
import net from 'node:net';
import path from 'node:path';

import {
	DEV_DIR,
	isInstalled,
	log,
	N8N_BIN_JS,
	N8N_DIR,
	NODE24_BIN,
	npmCommand,
	PROJECT_ROOT,
	runOrThrow,
	sleep,
} from './common';

export const PACKAGE_NAME: string = (
	JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { name: string }
).name;
export const NODE_TYPE = `${PACKAGE_NAME}.activeCampaign`;
export const TRIGGER_NODE_TYPE = `${PACKAGE_NAME}.activeCampaignTrigger`;
/** n8n derives a tool variant `<type>Tool` for nodes with `usableAsTool`. */
export const TOOL_NODE_TYPE = `${PACKAGE_NAME}.activeCampaignTool`;
export const CREDENTIAL_TYPE = 'activeCampaignTokenApi';

/** Fixed, development-only secrets (the instance listens on 127.0.0.1 only). */
export const DEV_ENCRYPTION_KEY = 'n8n-nodes-activecampaign-dev-encryption-key';
const API_KEY_LABEL = 'scripts-n8n';
export const DEFAULT_OWNER = {
	email: 'owner@example.com',
	password: 'Activecampaign1',
	firstName: 'Dev',
	lastName: 'Owner',
};

/**
 * Modules that call out to n8n's services on their own (AI builder, MCP registry, quick connect,
 * instance registry). `community-packages` must never be listed: it loads this package.
 */
export const DISABLED_MODULES = ['workflow-builder', 'instance-ai', 'mcp-registry', 'quick-connect', 'instance-registry'];

/** Environment that keeps n8n on 127.0.0.1, offline and quiet. */
export function n8nEnv(opts: {
	port: number;
	brokerPort: number;
	userFolder: string;
	logLevel?: string;
}): Record<string, string> {
	const base = `http://127.0.0.1:${opts.port}`;
	return {
		N8N_USER_FOLDER: opts.userFolder,
		N8N_PORT: String(opts.port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `${base}/`,
		N8N_WEBHOOK_URL: `${base}/`,
		N8N_SECURE_COOKIE: 'false',
		N8N_ENCRYPTION_KEY: DEV_ENCRYPTION_KEY,
		DB_TYPE: 'sqlite',
		DB_SQLITE_POOL_SIZE: '4',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_RUNNERS_MODE: 'internal',
		// The task broker listens on a port of its own (default 5679): give each instance a free one.
		N8N_RUNNERS_BROKER_PORT: String(opts.brokerPort),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_TASK_TIMEOUT: '60',
		N8N_DISABLED_MODULES: DISABLED_MODULES.join(','),
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE: 'true',
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		N8N_PUBLIC_API_DISABLED: 'false',
		N8N_PUBLIC_API_SWAGGERUI_DISABLED: 'true',
		EXECUTIONS_DATA_SAVE_MANUAL_EXECUTIONS: 'true',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
		EXECUTIONS_DATA_SAVE_ON_ERROR: 'all',
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '15',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_BLOCK_ENV_ACCESS_IN_NODE: 'true',
		N8N_LOG_LEVEL: opts.logLevel ?? 'info',
		N8N_LOG_OUTPUT: 'console',
		NODE_ENV: 'production',
		GENERIC_TIMEZONE: 'UTC',
		TZ: 'UTC',
	};
}

/** A free TCP port on 127.0.0.1, or `preferred` when it is free. */
export async function freePort(preferred?: number): Promise<number> {
	const tryListen = (port: number): Promise<number | undefined> =>
		new Promise((resolve) => {
			const srv = net.createServer();
			srv.once('error', () => resolve(undefined));
			srv.listen(port, '127.0.0.1', () => {
				const addr = srv.address();
				const got = typeof addr === 'object' && addr ? addr.port : undefined;
				srv.close(() => resolve(got));
			});
		});
	if (preferred) {
		const p = await tryListen(preferred);
		if (p) return p;
	}
	const p = await tryListen(0);
	if (!p) throw new Error('no free port on 127.0.0.1');
	return p;
}

/** `npm run build` in the project (gulp: dist/). */
export async function buildPackage(): Promise<void> {
	const started = Date.now();
	const { cmd, pre } = npmCommand();
	await runOrThrow(cmd, [...pre, 'run', 'build'], { cwd: PROJECT_ROOT });
	log(`npm run build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Packs this project (`npm pack`: exactly what would be published, so `dist/` must be built) and extracts it
 * into `<userFolder>/.n8n/nodes/node_modules/<name>`, where n8n's community-packages module loads it.
 * `n8n-workflow` there is a symlink to n8n's own copy, so the package never resolves the project's
 * devDependency (a different version) by walking up from `.dev/` into the project's node_modules.
 */
export async function installPackageInto(userFolder: string): Promise<string> {
	if (!existsSync(path.join(PROJECT_ROOT, 'dist'))) throw new Error('dist/ is missing: run `npm run build` first');
	const nodesModules = path.join(userFolder, '.n8n', 'nodes', 'node_modules');
	const target = path.join(nodesModules, PACKAGE_NAME);
	// A folder of its own per call: a dev instance and an e2e run may pack at the same time.
	const packDir = path.join(DEV_DIR, 'pack', randomBytes(4).toString('hex'));
	mkdirSync(packDir, { recursive: true });
	const { cmd, pre } = npmCommand();
	const r = await runOrThrow(cmd, [...pre, 'pack', '--ignore-scripts', '--json', '--pack-destination', packDir], {
		cwd: PROJECT_ROOT,
		env: { ...process.env, npm_config_loglevel: 'error' },
	});
	const packed = JSON.parse(r.stdout) as Array<{ filename: string; files: unknown[] }>;
	const tgz = path.join(packDir, packed[0].filename.replace(/^@[^/]+\//, '').replace('/', '-'));
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	await runOrThrow('tar', ['-xzf', tgz, '-C', target, '--strip-components=1']);
	rmSync(packDir, { recursive: true, force: true });
	const link = path.join(nodesModules, 'n8n-workflow');
	const ownWorkflow = path.join(N8N_DIR, 'node_modules', 'n8n-workflow');
	let linkOk = false;
	try {
		linkOk = lstatSync(link).isSymbolicLink();
	} catch {
		linkOk = false;
	}
	if (!linkOk) {
		rmSync(link, { recursive: true, force: true });
		symlinkSync(ownWorkflow, link, 'dir');
	}
	return target;
}

export interface StartOptions {
	/** Defaults to `.dev/n8n-user`. */
	userFolder?: string;
	/** Port for n8n; a free one when absent or busy. */
	port?: number;
	/** Delete the user folder's database first (a new instance). */
	fresh?: boolean;
	/** Install this package into the user folder first (default true). */
	installPackage?: boolean;
	/** Extra environment for n8n. */
	env?: Record<string, string>;
	/** Also print n8n's output. Its log always goes to `<userFolder>/n8n.log`. */
	echo?: boolean;
	logLevel?: string;
	/** Own process group (Ctrl-C in a terminal then reaches only the parent, which stops n8n in order). */
	detached?: boolean;
	startTimeoutMs?: number;
}

export interface N8nSession {
	baseUrl: string;
	apiKey: string;
	cookie: string;
	browserId: string;
}

export interface Execution {
	id: string;
	finished: boolean;
	mode: string;
	status: string;
	workflowId: string;
	startedAt?: string;
	stoppedAt?: string;
	data?: {
		resultData: {
			runData: Record<string, Array<{ data?: { main?: Array<Array<{ json: Record<string, unknown> }> | null> }; error?: unknown; executionStatus?: string }>>;
			error?: { message?: string; description?: string; [k: string]: unknown };
			lastNodeExecuted?: string;
		};
	};
}

export interface WorkflowJson {
	name: string;
	nodes: Array<{
		name: string;
		type: string;
		parameters?: Record<string, unknown>;
		credentials?: Record<string, { id?: string | null; name: string }>;
		[k: string]: unknown;
	}>;
	connections: Record<string, unknown>;
	settings?: Record<string, unknown>;
	pinData?: Record<string, unknown>;
	[k: string]: unknown;
}

export class HttpError extends Error {
	constructor(
		public status: number,
		public body: unknown,
		message: string,
	) {
		super(message);
	}
}

/** HTTP client for a running n8n: internal REST (`/rest`, owner cookie) and public API (`/api/v1`, API key). */
export class N8nClient {
	protected cookie = '';
	protected apiKey = '';
	protected browserId = randomBytes(8).toString('hex');
	owner = DEFAULT_OWNER;

	constructor(readonly baseUrl: string) {}

	/** A client for an instance started elsewhere (e.g. by a jest globalSetup), from its `session`. */
	static fromSession(s: N8nSession): N8nClient {
		const c = new N8nClient(s.baseUrl);
		c.apiKey = s.apiKey;
		c.cookie = s.cookie;
		c.browserId = s.browserId;
		return c;
	}

	get session(): N8nSession {
		return { baseUrl: this.baseUrl, apiKey: this.apiKey, cookie: this.cookie, browserId: this.browserId };
	}

	get editorUrl(): string {
		return `${this.baseUrl}/`;
	}

	/** Production webhook URL (`/webhook/...`). */
	webhookUrl(pathPart: string): string {
		return `${this.baseUrl}/webhook/${pathPart.replace(/^\//, '')}`;
	}

	/** Production MCP Server Trigger URL (`/mcp/...`). */
	mcpUrl(pathPart: string): string {
		return `${this.baseUrl}/mcp/${pathPart.replace(/^\//, '')}`;
	}

	// ---- HTTP helpers ------------------------------------------------------------------------------------------

	private async request(
		kind: 'rest' | 'api',
		method: string,
		urlPath: string,
		body?: unknown,
		okStatuses?: number[],
	): Promise<unknown> {
		const headers: Record<string, string> = { accept: 'application/json', 'browser-id': this.browserId };
		if (body !== undefined) headers['content-type'] = 'application/json';
		if (kind === 'rest' && this.cookie) headers.cookie = this.cookie;
		if (kind === 'api') headers['x-n8n-api-key'] = this.apiKey;
		const prefix = kind === 'rest' ? '/rest' : '/api/v1';
		const init = { method, headers, body: body === undefined ? undefined : JSON.stringify(body) };
		let res: Response;
		try {
			res = await fetch(`${this.baseUrl}${prefix}${urlPath}`, init);
		} catch (err) {
			// A pooled keep-alive socket that the server closed while idle ("other side closed"): the request
			// never reached n8n, so send it once more on a new connection.
			const code = (err as { cause?: { code?: string } }).cause?.code;
			if (code !== 'UND_ERR_SOCKET' && code !== 'ECONNRESET') throw err;
			res = await fetch(`${this.baseUrl}${prefix}${urlPath}`, init);
		}
		const setCookie = res.headers.get('set-cookie');
		if (setCookie) {
			const m = /n8n-auth=[^;]+/.exec(setCookie);
			if (m) this.cookie = m[0];
		}
		const text = await res.text();
		let parsed: unknown = text;
		try {
			parsed = text ? JSON.parse(text) : undefined;
		} catch {
			parsed = text;
		}
		const ok = okStatuses ? okStatuses.includes(res.status) : res.ok;
		if (!ok) {
			throw new HttpError(res.status, parsed, `${method} ${prefix}${urlPath} -> ${res.status}: ${text.slice(0, 500)}`);
		}
		return parsed;
	}

	/** Internal REST API (`/rest`), authenticated with the owner's cookie; unwraps `{ data }`. */
	async rest<T = unknown>(method: string, urlPath: string, body?: unknown): Promise<T> {
		const r = (await this.request('rest', method, urlPath, body)) as { data?: T } | undefined;
		return (r && typeof r === 'object' && 'data' in r ? r.data : r) as T;
	}

	/** Public API (`/api/v1`), authenticated with the API key. */
	async api<T = unknown>(method: string, urlPath: string, body?: unknown): Promise<T> {
		return (await this.request('api', method, urlPath, body)) as T;
	}

	// ---- accounts ----------------------------------------------------------------------------------------------

	/** Creates the owner (or logs in when one exists), then creates a public-API key with every scope. */
	async setupOwner(owner = DEFAULT_OWNER): Promise<{ email: string; password: string; apiKey: string }> {
		this.owner = owner;
		const settings = await this.rest<{ userManagement?: { showSetupOnFirstLoad?: boolean } }>('GET', '/settings');
		if (settings?.userManagement?.showSetupOnFirstLoad !== false) {
			await this.rest('POST', '/owner/setup', owner);
		}
		await this.login(owner.email, owner.password);
		// One key per start; drop the ones earlier starts made (same label) so they do not pile up.
		try {
			const list = await this.rest<unknown>('GET', `/api-keys?label=${API_KEY_LABEL}`);
			const obj = list as { items?: unknown[]; data?: unknown[] };
			const keys = (Array.isArray(list) ? list : (obj?.items ?? obj?.data ?? [])) as Array<{ id: string; label: string }>;
			for (const k of keys.filter((x) => x.label === API_KEY_LABEL)) await this.rest('DELETE', `/api-keys/${k.id}`);
		} catch {
			// not important: an old key left over
		}
		const scopes = await this.rest<string[]>('GET', '/api-keys/scopes');
		const created = await this.rest<{ rawApiKey: string }>('POST', '/api-keys', {
			label: API_KEY_LABEL,
			scopes,
			expiresAt: null,
		});
		this.apiKey = created.rawApiKey;
		return { email: owner.email, password: owner.password, apiKey: this.apiKey };
	}

	async login(email: string, password: string): Promise<void> {
		await this.rest('POST', '/login', { emailOrLdapLoginId: email, password });
	}

	// ---- credentials -------------------------------------------------------------------------------------------

	async createCredential(c: { name: string; type?: string; data: Record<string, unknown> }): Promise<{ id: string; name: string }> {
		const r = await this.api<{ id: string; name: string }>('POST', '/credentials', {
			name: c.name,
			type: c.type ?? CREDENTIAL_TYPE,
			data: c.data,
		});
		return { id: r.id, name: r.name };
	}

	async updateCredential(id: string, c: { name?: string; type?: string; data: Record<string, unknown> }): Promise<void> {
		await this.api('PATCH', `/credentials/${id}`, { ...c, type: c.type ?? CREDENTIAL_TYPE });
	}

	async listCredentials(): Promise<Array<{ id: string; name: string; type: string }>> {
		const r = await this.api<{ data: Array<{ id: string; name: string; type: string }> }>('GET', '/credentials?limit=250');
		return r.data;
	}

	async deleteCredential(id: string): Promise<void> {
		await this.api('DELETE', `/credentials/${id}`);
	}

	/** n8n's own credential test (the credential type's `test` request), through the public API. */
	async testCredential(id: string): Promise<{ status: 'OK' | 'Error'; message: string }> {
		return await this.api('POST', `/credentials/${id}/test`);
	}

	// ---- workflows ---------------------------------------------------------------------------------------------

	/**
	 * Creates a workflow through the public API. Node credential references of the given types are pointed at
	 * the given credentials (examples carry a placeholder id). Fields the public API does not accept are dropped.
	 */
	async importWorkflow(
		wf: WorkflowJson,
		opts: { credentials?: Record<string, { id: string; name: string }>; name?: string } = {},
	): Promise<{ id: string; name: string; active: boolean }> {
		const nodes = wf.nodes.map((n) => {
			if (!n.credentials || !opts.credentials) return n;
			const creds = { ...n.credentials };
			for (const type of Object.keys(creds)) {
				const c = opts.credentials[type];
				if (c) creds[type] = { id: c.id, name: c.name };
			}
			return { ...n, credentials: creds };
		});
		const body: Record<string, unknown> = {
			name: opts.name ?? wf.name,
			nodes,
			connections: wf.connections,
			settings: { executionOrder: 'v1', ...(wf.settings ?? {}) },
		};
		const r = await this.api<{ id: string; name: string; active: boolean }>('POST', '/workflows', body);
		return { id: r.id, name: r.name, active: r.active };
	}

	async listWorkflows(): Promise<Array<{ id: string; name: string; active: boolean }>> {
		const r = await this.api<{ data: Array<{ id: string; name: string; active: boolean }> }>('GET', '/workflows?limit=250');
		return r.data;
	}

	async getWorkflow(id: string): Promise<WorkflowJson & { id: string; active: boolean }> {
		return await this.api('GET', `/workflows/${id}`);
	}

	async deleteWorkflow(id: string): Promise<void> {
		await this.api('DELETE', `/workflows/${id}`);
	}

	/** Publishes (activates) a workflow. Registration of its webhooks finishes asynchronously: poll for them. */
	async activate(id: string): Promise<void> {
		await this.api('POST', `/workflows/${id}/publish`, {});
	}

	async deactivate(id: string): Promise<void> {
		await this.api('POST', `/workflows/${id}/unpublish`);
	}

	/**
	 * Runs a saved workflow the way the editor's "Execute workflow" does (POST /rest/workflows/:id/run), starting
	 * from `trigger` (default: the first trigger-like node). With `triggerData`, the trigger is not executed and
	 * its output is those items (like pinned data). Waits for the execution and returns it with its data.
	 */
	async runWorkflow(
		id: string,
		opts: { trigger?: string; triggerData?: Array<Record<string, unknown>>; timeoutMs?: number } = {},
	): Promise<Execution> {
		const wf = await this.getWorkflow(id);
		const trigger =
			opts.trigger ??
			wf.nodes.find((n) => /trigger|Trigger$|webhook$/i.test(n.type))?.name ??
			wf.nodes[0]?.name;
		const triggerToStartFrom: Record<string, unknown> = { name: trigger };
		if (opts.triggerData) {
			triggerToStartFrom.data = {
				startTime: Date.now(),
				executionTime: 0,
				executionIndex: 0,
				executionStatus: 'success',
				source: [],
				data: { main: [opts.triggerData.map((json) => ({ json }))] },
			};
		}
		const r = await this.rest<{ executionId?: string; waitingForWebhook?: boolean }>('POST', `/workflows/${id}/run`, {
			triggerToStartFrom,
		});
		if (!r?.executionId) throw new Error(`run of workflow ${id} started no execution: ${JSON.stringify(r)}`);
		return await this.waitForExecution(r.executionId, opts.timeoutMs);
	}

	async getExecution(id: string): Promise<Execution> {
		return await this.api('GET', `/executions/${id}?includeData=true`);
	}

	async waitForExecution(id: string, timeoutMs = 60_000): Promise<Execution> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			try {
				const e = await this.getExecution(id);
				if (e.stoppedAt || ['success', 'error', 'crashed', 'canceled'].includes(e.status)) return e;
			} catch (err) {
				if (!(err instanceof HttpError && err.status === 404)) throw err;
			}
			if (Date.now() > deadline) throw new Error(`execution ${id} did not finish within ${timeoutMs} ms`);
			await sleep(200);
		}
	}

	async listExecutions(workflowId?: string, limit = 50): Promise<Execution[]> {
		const q = new URLSearchParams({ limit: String(limit), includeData: 'true' });
		if (workflowId) q.set('workflowId', workflowId);
		const r = await this.api<{ data: Execution[] }>('GET', `/executions?${q.toString()}`);
		return r.data;
	}

	/** Polls for a new execution of a workflow (e.g. one a webhook started). */
	async waitForNewExecution(workflowId: string, notIn: string[] = [], timeoutMs = 30_000): Promise<Execution> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const list = await this.listExecutions(workflowId, 20);
			const fresh = list.find((e) => !notIn.includes(String(e.id)) && (e.stoppedAt || e.status === 'success' || e.status === 'error'));
			if (fresh) return await this.getExecution(String(fresh.id));
			if (Date.now() > deadline) throw new Error(`no new execution of workflow ${workflowId} within ${timeoutMs} ms`);
			await sleep(250);
		}
	}

}

/** An n8n server process started by `startN8n`. */
export class N8nInstance extends N8nClient {
	private exited: Promise<number | null>;
	private exitCode: number | null | undefined;

	constructor(
		readonly port: number,
		readonly userFolder: string,
		readonly child: ChildProcess,
		private readonly logStream: WriteStream,
		readonly logFile: string,
	) {
		super(`http://127.0.0.1:${port}`);
		this.exited = new Promise((resolve) => {
			child.once('exit', (code, signal) => {
				this.exitCode = code ?? (signal ? null : 0);
				resolve(code);
			});
		});
	}

	get running(): boolean {
		return this.exitCode === undefined;
	}

	/** Resolves with the exit code when the process ends. */
	get whenExited(): Promise<number | null> {
		return this.exited;
	}

	/** The last lines of n8n's log, for error messages. */
	logTail(lines = 40): string {
		try {
			return readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
		} catch {
			return '';
		}
	}

	async waitReady(timeoutMs = 120_000): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			if (!this.running) throw new Error(`n8n exited (${this.exitCode}) during startup:\n${this.logTail()}`);
			try {
				const r = await fetch(`${this.baseUrl}/healthz/readiness`);
				if (r.ok) {
					const s = await fetch(`${this.baseUrl}/rest/settings`);
					if (s.ok) return;
				}
			} catch {
				// not listening yet
			}
			await sleep(250);
		}
		throw new Error(`n8n did not become ready within ${timeoutMs} ms:\n${this.logTail()}`);
	}

	// ---- lifecycle ---------------------------------------------------------------------------------------------

	async stop(timeoutMs = 20_000): Promise<void> {
		if (this.running) {
			this.child.kill('SIGTERM');
			const timer = setTimeout(() => {
				if (this.running) this.child.kill('SIGKILL');
			}, timeoutMs);
			await this.exited;
			clearTimeout(timer);
		}
		await new Promise<void>((r) => this.logStream.end(r));
	}
}

/** Output items of a node's first run, first output. */
export function nodeOutput(exec: Execution, nodeName: string, runIndex = 0, output = 0): Array<Record<string, unknown>> {
	const run = exec.data?.resultData.runData[nodeName]?.[runIndex];
	return (run?.data?.main?.[output] ?? []).map((i) => i.json);
}

/** Starts n8n and waits until its REST API answers. Throws with the log tail if it does not come up. */
export async function startN8n(opts: StartOptions = {}): Promise<N8nInstance> {
	if (!isInstalled()) throw new Error('n8n is not installed in .dev/: run `npx tsx scripts/n8n/install.ts`');
	const userFolder = path.resolve(opts.userFolder ?? path.join(DEV_DIR, 'n8n-user'));
	const n8nFolder = path.join(userFolder, '.n8n');
	if (opts.fresh) {
		for (const f of ['database.sqlite', 'database.sqlite-wal', 'database.sqlite-shm', 'database.sqlite-journal', 'config']) {
			rmSync(path.join(n8nFolder, f), { force: true });
		}
	}
	mkdirSync(n8nFolder, { recursive: true });
	if (opts.installPackage !== false) await installPackageInto(userFolder);
	const port = await freePort(opts.port);
	let brokerPort = await freePort(port + 1);
	if (brokerPort === port) brokerPort = await freePort();
	const logFile = path.join(userFolder, 'n8n.log');
	const logStream = createWriteStream(logFile, { flags: 'w' });
	const env: NodeJS.ProcessEnv = {
		PATH: `${path.dirname(NODE24_BIN)}${path.delimiter}${process.env.PATH ?? ''}`,
		HOME: userFolder,
		LANG: process.env.LANG ?? 'C.UTF-8',
		...n8nEnv({ port, brokerPort, userFolder, logLevel: opts.logLevel }),
		...(opts.env ?? {}),
	};
	const started = Date.now();
	const child = spawn(NODE24_BIN, [N8N_BIN_JS, 'start'], {
		cwd: userFolder,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: !!opts.detached,
	});
	const onData = (d: Buffer) => {
		logStream.write(d);
		if (opts.echo) process.stdout.write(d);
	};
	child.stdout!.on('data', onData);
	child.stderr!.on('data', onData);
	const instance = new N8nInstance(port, userFolder, child, logStream, logFile);
	// Never leave an orphan n8n behind when this process exits without stopping it.
	const killOnExit = () => {
		if (instance.running) child.kill('SIGKILL');
	};
	process.once('exit', killOnExit);
	child.once('exit', () => process.removeListener('exit', killOnExit));
	try {
		await instance.waitReady(opts.startTimeoutMs ?? 120_000);
	} catch (err) {
		await instance.stop(5_000);
		throw err;
	}
	log(`n8n ready on ${instance.baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s (log: ${path.relative(PROJECT_ROOT, logFile)})`);
	return instance;
}
