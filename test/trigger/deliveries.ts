/**
 * End to end: the sandbox POSTs real form-encoded webhooks (caused by API changes) to a local HTTP server that
 * does what n8n's webhook server does (querystring.parse of body and query), which feeds webhook().
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuerystring } from 'node:querystring';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { ActiveCampaignTrigger } from '../../nodes/ActiveCampaignTrigger/ActiveCampaignTrigger.node';
import { clearDuplicateMemory } from '../../nodes/ActiveCampaignTrigger/dedupe';
import { clearEnrichmentCache } from '../../nodes/ActiveCampaignTrigger/enrich';
import { startSandbox, type Sandbox } from '../../sandbox';
import { sandboxApi } from '../helpers/requests';
import { rig, type TriggerRig, type WebhookCall } from '../helpers/triggerRig';

export interface Deliveries {
	readonly sandbox: Sandbox;
	/** The URL of the local webhook server, below which the trigger registers its webhook. */
	readonly base: string;
	/** The calls of webhook() made by deliveries, in the order they arrived. */
	readonly calls: WebhookCall[];
	/** Activates an ActiveCampaign Trigger with these parameters: it registers its webhook in the sandbox. */
	activate(parameters: INodeParameters): Promise<TriggerRig>;
	/** Calls the sandbox API directly (changes that cause webhook deliveries). */
	api(method: string, path: string, body?: unknown): Promise<IDataObject>;
	/** Waits for `count` deliveries (none refused with 410) and returns the first `count` calls of webhook(). */
	delivered(count: number): Promise<WebhookCall[]>;
}

/** Starts a sandbox and a webhook server for the describe block it is called in; resets both before each test. */
export function useDeliveries(): Deliveries {
	let sandbox: Sandbox | undefined;
	let server: Server;
	let base = '';
	let current: TriggerRig | undefined;
	const calls: WebhookCall[] = [];

	beforeAll(async () => {
		sandbox = await startSandbox({ rateLimit: false });
		server = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				const query = parseQuerystring(new URL(req.url ?? '/', 'http://localhost').search.slice(1));
				const body = parseQuerystring(Buffer.concat(chunks).toString('utf8'));
				if (!current) {
					res.writeHead(404).end();
					return;
				}
				current
					.call(body, query as IDataObject)
					.then((call) => {
						calls.push(call);
						res.writeHead(call.status, { 'Content-Type': 'application/json' });
						res.end(JSON.stringify(call.res.body ?? call.response.webhookResponse ?? {}));
					})
					.catch((error: Error) => {
						// webhook() must never throw; make it visible if it does.
						calls.push({ response: {}, res: {} as never, items: [], status: 500 });
						res.writeHead(500).end(error.message);
					});
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
	});

	afterAll(async () => {
		await sandbox?.close();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	});

	beforeEach(() => {
		sandbox?.reset({ seed: true });
		calls.length = 0;
		current = undefined;
		clearDuplicateMemory();
		clearEnrichmentCache();
	});

	const harness: Deliveries = {
		get sandbox() {
			if (!sandbox) throw new Error('sandbox not started: use it inside a test');
			return sandbox;
		},
		get base() {
			return base;
		},
		calls,
		async activate(parameters) {
			current = rig({
				nodeType: new ActiveCampaignTrigger(),
				parameters,
				credentials: { url: harness.sandbox.url, apiToken: harness.sandbox.token },
				webhookBase: base,
			});
			await current.activate();
			return current;
		},
		api: (method, path, body) => sandboxApi(harness.sandbox, method, path, body),
		async delivered(count) {
			await harness.sandbox.waitForDeliveries(count, 5000);
			expect(harness.sandbox.deliveries.slice(0, count).every((d) => d.status !== 410)).toBe(true);
			return calls.slice(0, count);
		},
	};
	return harness;
}

/** The items the calls emitted. */
export const emitted = (list: WebhookCall[]) => list.flatMap((call) => call.items);
