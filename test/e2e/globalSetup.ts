/**
 * Starts one real n8n for the e2e run: installs Node 24 + n8n into .dev/ when missing (first run: about
 * 8 minutes from the npm cache), builds the package (skip with E2E_SKIP_BUILD=1), installs it into a new user
 * folder (.dev/e2e-user), starts n8n on a free 127.0.0.1 port and creates the owner and an API key.
 * Test files get the session through N8N_E2E_SESSION (see helpers.ts).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';

import { DEV_DIR, log } from '../../scripts/n8n/common';
import { install } from '../../scripts/n8n/install';
import { buildPackage, startN8n } from '../../scripts/n8n/instance';

export const E2E_USER_FOLDER = path.join(DEV_DIR, 'e2e-user');

export default async function globalSetup(): Promise<void> {
	process.stdout.write('\n');
	const t0 = Date.now();
	await install();
	const t1 = Date.now();
	if (!process.env.E2E_SKIP_BUILD) await buildPackage();
	const t2 = Date.now();
	rmSync(E2E_USER_FOLDER, { recursive: true, force: true });
	const n8n = await startN8n({ userFolder: E2E_USER_FOLDER, fresh: true, logLevel: process.env.E2E_N8N_LOG_LEVEL ?? 'info' });
	const t3 = Date.now();
	await n8n.setupOwner();
	process.env.N8N_E2E_SESSION = JSON.stringify(n8n.session);
	(globalThis as { __N8N_E2E__?: unknown }).__N8N_E2E__ = n8n;
	log(
		`e2e setup: install ${((t1 - t0) / 1000).toFixed(1)} s, build ${((t2 - t1) / 1000).toFixed(1)} s, ` +
			`n8n start ${((t3 - t2) / 1000).toFixed(1)} s, owner+API key ${((Date.now() - t3) / 1000).toFixed(1)} s`,
	);
}
