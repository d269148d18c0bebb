/**
 * What the browser tests run against: a seeded sandbox and a real n8n (Node 24 + n8n from .dev/, as `npm run dev`
 * and the e2e tests use), both on free 127.0.0.1 ports, in a user folder of their own (.dev/ui-user, new every run),
 * with the owner account and a credential pointing at the sandbox, and Debian's Chromium driven by playwright-core.
 *
 * Chromium is never downloaded: it is /usr/bin/chromium (Debian's `chromium` package; `apt-get install -y chromium`
 * when missing, see ensureChromium) or CHROMIUM_PATH.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { startSandbox, type Sandbox } from '../../sandbox';
import { DEV_DIR, log } from '../../scripts/n8n/common';
import { install } from '../../scripts/n8n/install';
import { buildPackage, CREDENTIAL_TYPE, DEFAULT_OWNER, startN8n, type N8nInstance } from '../../scripts/n8n/instance';

export const UI_USER_FOLDER = path.join(DEV_DIR, 'ui-user');
export const CREDENTIAL_NAME = 'ActiveCampaign (sandbox)';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Installs Debian's chromium with apt-get when it is missing (root, or password-less sudo). */
export function ensureChromium(): string {
	if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
	if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${CHROMIUM_PATH} does not exist`);
	log('chromium is missing: apt-get install -y chromium');
	const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
	const aptGet = (args: string[]) => {
		const [cmd, ...rest] = [...sudo, 'apt-get', ...args];
		execFileSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	};
	aptGet(['update', '-qq']);
	aptGet(['install', '-y', '-qq', 'chromium']);
	if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get installed chromium, but ${CHROMIUM_PATH} is still missing`);
	return CHROMIUM_PATH;
}

export interface UiStack {
	sandbox: Sandbox;
	n8n: N8nInstance;
	credential: { id: string; name: string };
	browser: Browser;
	context: BrowserContext;
	page: Page;
	owner: typeof DEFAULT_OWNER;
	/** Stops the browser, n8n (which removes its webhooks from the sandbox) and the sandbox; never throws. */
	close(): Promise<void>;
}

/** Starts everything; whatever was started is stopped again when a later step fails. */
export async function startUiStack(opts: { build?: boolean } = {}): Promise<UiStack> {
	const executablePath = ensureChromium();
	const { chromium } = await import('playwright-core');
	await install();
	if (opts.build ?? !process.env.UI_SKIP_BUILD) await buildPackage();

	const cleanups: Array<() => Promise<unknown>> = [];
	const close = async () => {
		for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
		cleanups.length = 0;
	};
	try {
		const sandbox = await startSandbox({ port: 0, seed: true, rateLimit: false });
		cleanups.push(() => sandbox.close());
		rmSync(UI_USER_FOLDER, { recursive: true, force: true });
		const n8n = await startN8n({ userFolder: UI_USER_FOLDER, fresh: true });
		cleanups.push(() => n8n.stop());
		await n8n.setupOwner(DEFAULT_OWNER);
		const credential = await n8n.createCredential({
			name: CREDENTIAL_NAME,
			type: CREDENTIAL_TYPE,
			data: { url: sandbox.url, apiToken: sandbox.token },
		});
		const browser = await chromium.launch({
			executablePath,
			headless: true,
			// Root (CI, this container) cannot use Chromium's sandbox; /dev/shm may be small in containers.
			args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
		});
		cleanups.push(() => browser.close());
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
		const page = await context.newPage();
		log(`ui stack: n8n ${n8n.baseUrl}, sandbox ${sandbox.url}, chromium ${browser.version()}`);
		return { sandbox, n8n, credential, browser, context, page, owner: DEFAULT_OWNER, close };
	} catch (err) {
		await close();
		throw err;
	}
}
