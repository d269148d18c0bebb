/**
 * n8n's built-in ActiveCampaign node, from the published n8n-nodes-base tarball of the n8n minor this package
 * develops against. Only its ActiveCampaign files are extracted, into the git-ignored .dev/bench/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

import type { ICredentialType, INodeType } from 'n8n-workflow';

export const BUILTIN_VERSION = '2.41.2';

const ROOT = path.resolve(__dirname, '..');
const DIR = path.join(ROOT, '.dev', 'bench', `n8n-nodes-base-${BUILTIN_VERSION}`);
const NODE_FILE = path.join(DIR, 'dist', 'nodes', 'ActiveCampaign', 'ActiveCampaign.node.js');
const CREDENTIAL_FILE = path.join(DIR, 'dist', 'credentials', 'ActiveCampaignApi.credentials.js');

function extract(): void {
	mkdirSync(DIR, { recursive: true });
	let tarball = readdirSync(DIR).find((name) => name.endsWith('.tgz'));
	if (!tarball) {
		execFileSync('npm', ['pack', `n8n-nodes-base@${BUILTIN_VERSION}`, '--silent', '--pack-destination', DIR], {
			stdio: ['ignore', 'ignore', 'inherit'],
		});
		tarball = readdirSync(DIR).find((name) => name.endsWith('.tgz'));
		if (!tarball) throw new Error(`npm pack n8n-nodes-base@${BUILTIN_VERSION} produced no tarball`);
	}
	execFileSync(
		'tar',
		[
			'-xzf',
			path.join(DIR, tarball),
			'-C',
			DIR,
			'--strip-components=1',
			'--wildcards',
			'package/package.json',
			'package/LICENSE.md',
			'package/dist/nodes/ActiveCampaign/*.js',
			'package/dist/nodes/ActiveCampaign/*.json',
			'package/dist/credentials/ActiveCampaignApi.credentials.js',
		],
		{ stdio: 'inherit' },
	);
}

export function loadBuiltin(): { nodeType: INodeType; credentialType: ICredentialType } {
	if (!existsSync(NODE_FILE) || !existsSync(CREDENTIAL_FILE)) extract();
	// Its `require('n8n-workflow')` resolves to this package's devDependency (same minor).
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { ActiveCampaign } = require(NODE_FILE) as { ActiveCampaign: new () => INodeType };
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { ActiveCampaignApi } = require(CREDENTIAL_FILE) as { ActiveCampaignApi: new () => ICredentialType };
	return { nodeType: new ActiveCampaign(), credentialType: new ActiveCampaignApi() };
}
