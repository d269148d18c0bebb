import { continueOnFail, useSandbox } from '../../../helpers/sandbox';
import { importHelpers, importParameters, importParametersFirstName, people } from './helpers';

/**
 * Create or Update Many against a sandbox that follows FACTS §1: `/import/info` lists only CREATED contacts in
 * `success`, an updated contact in neither list; `status` starts as `false`; batches may end `failed` or
 * `interrupted`; bodies must stay under 400,000 bytes. Real execution path (WorkflowExecute -> custom operation).
 */
describe('contact > importMany: contacts the importer refuses', () => {
	const ac = useSandbox();
	const { apiCalls } = importHelpers(ac);

	it('when the importer refuses named contacts (400, nothing queued), fails those and sends the rest again', async () => {
		ac.sandbox.injectFault({
			method: 'POST',
			path: '/api/3/import/bulk_import',
			status: 400,
			body: {
				success: 0,
				message: 'JSON payload did not pass validation. Please fix failure Reasons and retry.',
				failureReasons: [{ contact: 2, failureReason: 'Invalid phone number' }],
			},
			times: 1,
		});
		const input = people(12, 'refused');
		const { items, error } = await ac.run(importParameters(), { input, settings: continueOnFail });
		expect(error).toBeUndefined();
		expect(items[2].json.error).toEqual(expect.stringContaining('Invalid phone number'));
		expect(items.filter((item) => typeof item.json.id === 'string')).toHaveLength(11);
		const imports = apiCalls('/import/bulk_import', 'POST');
		expect(imports.map((request) => (request.body as { contacts: unknown[] }).contacts.length)).toEqual([12, 11]);
	});
});

describe('contact > importMany: status false, then waiting and active', () => {
	const ac = useSandbox({ webhookDelivery: false, importTimeline: { falseMs: 900, waitingMs: 1200, completeMs: 1500 } });
	// Batches answer `false` for longer than the node's first poll.

	it('reads status false (polled too early), waiting and active as "not yet"', async () => {
		const input = Array.from({ length: 12 }, (_, i) => ({ json: { email: `early.${i}@import.example.com`, first: `E${i}` } }));
		const { items, error } = await ac.run(importParametersFirstName(), { input });
		expect(error).toBeUndefined();
		expect(items.every((item) => typeof item.json.id === 'string' && item.json.created === true)).toBe(true);
		const polls = ac.sandbox.requests.filter((request) => request.path === '/api/3/import/info');
		expect(polls.length).toBeGreaterThanOrEqual(2);
	});
});

describe('contact > importMany: batches ActiveCampaign fails', () => {
	const ac = useSandbox({ webhookDelivery: false });
	const { apiCalls } = importHelpers(ac);

	it.each(['failed', 'interrupted'] as const)('a batch that ends "%s" fails its items at once, saying sending again is safe', async (status) => {
		ac.sandbox.failNextImports(status);
		const input = Array.from({ length: 30 }, (_, i) => ({ json: { email: `terminal.${i}@import.example.com`, first: `T${i}` } }));
		const { items, error } = await ac.run(importParametersFirstName({ importOptions: { batchSize: 15 } }), { input, settings: continueOnFail });
		expect(error).toBeUndefined();
		// At once: the failed batch is polled no longer than the batch that completed on the same timeline.
		const polls = new Map<unknown, number>();
		for (const request of apiCalls('/import/info', 'GET')) polls.set(request.query.batchId, (polls.get(request.query.batchId) ?? 0) + 1);
		expect(polls.size).toBe(2);
		expect(Math.max(...polls.values()) - Math.min(...polls.values())).toBeLessThanOrEqual(1);
		const failed = items.filter((item) => item.json.error !== undefined);
		expect(failed).toHaveLength(15);
		expect(String(failed[0].json.error)).toContain(`"${status}"`);
		expect(String((failed[0].error as { description?: string }).description)).toMatch(/Sending these items again is safe/);
		expect(items.filter((item) => typeof item.json.id === 'string')).toHaveLength(15);
	});

	it('without Continue On Fail, a failed batch stops the node with that message', async () => {
		ac.sandbox.failNextImports('failed');
		const input = Array.from({ length: 12 }, (_, i) => ({ json: { email: `stop.${i}@import.example.com`, first: `S${i}` } }));
		const { error } = await ac.run(importParametersFirstName(), { input });
		expect(String(error?.message)).toContain('"failed"');
	});
});
