/**
 * One "n8n worker" for bench/sharedAccount.ts: its own process, so its own rate lane. Loads this package's node,
 * says `ready`, and on `go` runs its executions at once (each 100 Contact > Create or Update items through n8n-core's
 * WorkflowExecute, as bench/runner.ts does), then reports how many items succeeded and when it finished.
 */
import path from 'node:path';

import type { INodeExecutionData, INodeType } from 'n8n-workflow';

import { ActiveCampaignTokenApi } from '../credentials/ActiveCampaignTokenApi.credentials';
import { runBenchNode } from './runner';

interface Go {
	url: string;
	token: string;
	executions: number;
	items: number;
	prefix: string;
	/** Each execution starts this many ms after `go` (n8n hands executions to a worker a few ms apart). */
	startDelaysMs: number[];
}

async function main() {
	const { ActiveCampaign } = (await import(path.join(__dirname, '..', 'nodes', 'ActiveCampaign', 'ActiveCampaign.node.ts'))) as {
		ActiveCampaign: new () => INodeType;
	};
	const nodeType = new ActiveCampaign();
	// The first run through WorkflowExecute loads code for seconds; an n8n worker has done that long before. Warm up
	// against a port nobody listens on (another origin, so another lane): connection refused, retried, given up.
	await runBenchNode({
		nodeType,
		packageName: 'n8n-nodes-activecampaign',
		credentialType: new ActiveCampaignTokenApi(),
		credentials: { url: 'http://127.0.0.1:9', apiToken: 'warm-up' },
		parameters: { resource: 'contact', operation: 'upsert', contactUpsertEmail: 'warm@up.example.com' },
		input: [{ json: {} }],
		settings: { onError: 'continueRegularOutput' },
	});
	process.send?.({ type: 'ready' });
	const go = await new Promise<Go>((resolve) => process.once('message', (message) => resolve(message as Go)));
	const outcomes = await Promise.all(
		Array.from({ length: go.executions }, async (_, e) => {
			await new Promise((resolve) => setTimeout(resolve, go.startDelaysMs[e] ?? 0));
			const input: INodeExecutionData[] = Array.from({ length: go.items }, (_, i) => ({
				json: { email: `${go.prefix}-${e}-${i}@shared.example.com`, firstName: `Lead ${e}-${i}` },
			}));
			const result = await runBenchNode({
				nodeType,
				packageName: 'n8n-nodes-activecampaign',
				credentialType: new ActiveCampaignTokenApi(),
				credentials: { url: go.url, apiToken: go.token },
				parameters: {
					resource: 'contact',
					operation: 'upsert',
					contactUpsertEmail: '={{ $json.email }}',
					contactAdditionalFields: { firstName: '={{ $json.firstName }}' },
				},
				input,
				settings: { onError: 'continueRegularOutput' },
			});
			const ok = result.items.filter((item) => item.json.id !== undefined && item.json.error === undefined && item.error === undefined).length;
			return { ok, doneAt: Date.now() };
		}),
	);
	process.send?.({ type: 'done', ok: outcomes.reduce((sum, o) => sum + o.ok, 0), doneAt: outcomes.map((o) => o.doneAt) });
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exit(1);
	},
);
