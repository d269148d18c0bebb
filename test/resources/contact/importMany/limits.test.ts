import { continueOnFail, useSandbox } from '../../../helpers/sandbox';
import { importHelpers, importParameters, importParametersFirstName, people } from './helpers';

/**
 * Create or Update Many against a sandbox that follows FACTS §1: `/import/info` lists only CREATED contacts in
 * `success`, an updated contact in neither list; `status` starts as `false`; batches may end `failed` or
 * `interrupted`; bodies must stay under 400,000 bytes. Real execution path (WorkflowExecute -> custom operation).
 */
describe('contact > importMany: batch size and the body-size cap', () => {
	const ac = useSandbox();
	const { apiCalls, contactByEmail } = importHelpers(ac);

	it('splits more than 250 items into batches of at most 250 and pairs every result', async () => {
		const input = people(600, 'many');
		const { items, error } = await ac.run(importParameters(), { input });
		expect(error).toBeUndefined();
		const sizes = apiCalls('/import/bulk_import', 'POST').map(
			(request) => (request.body as { contacts: unknown[] }).contacts.length,
		);
		expect(sizes.sort((a, b) => b - a)).toEqual([250, 250, 100]);
		expect(items).toHaveLength(600);
		items.forEach((item, index) => {
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json.id).toBe(contactByEmail(`many.${index}@import.example.com`)!.id);
		});
	});

	it('keeps each request under the body-size cap and the batch-size option', async () => {
		const input = people(30, 'capped');
		const { items, error } = await ac.run(importParameters({ importOptions: { maxBatchKb: 2, batchSize: 20 } }), { input });
		expect(error).toBeUndefined();
		expect(items.every((item) => typeof item.json.id === 'string')).toBe(true);
		const imports = apiCalls('/import/bulk_import', 'POST');
		expect(imports.length).toBeGreaterThan(1);
		for (const request of imports) {
			expect(Buffer.byteLength(JSON.stringify(request.body))).toBeLessThanOrEqual(2048);
			expect((request.body as { contacts: unknown[] }).contacts.length).toBeLessThanOrEqual(20);
		}
	});
});

describe('contact > importMany: the 400,000-byte limit', () => {
	const ac = useSandbox({ webhookDelivery: false });
	const { apiCalls } = importHelpers(ac);

	it('keeps every bulk_import body under 400,000 bytes (as sent) with the default options, 250 contacts with long fields', async () => {
		const long = 'ü'.repeat(1200);
		const input = Array.from({ length: 250 }, (_, i) => ({ json: { email: `long.${i}@import.example.com`, first: `${long}${i}` } }));
		const { items, error } = await ac.run(importParametersFirstName(), { input, settings: continueOnFail });
		expect(error).toBeUndefined();
		expect(items.every((item) => typeof item.json.id === 'string')).toBe(true);
		const imports = apiCalls('/import/bulk_import', 'POST');
		expect(imports.length).toBeGreaterThan(1);
		for (const request of imports) {
			expect(request.status).toBe(200);
			expect(request.bytes).toBeLessThan(400_000);
			expect(request.bytes).toBe(Buffer.byteLength(JSON.stringify(request.body)));
		}
	});

	it('a single contact too large on its own fails alone, with a clear message; the others are imported', async () => {
		const input = Array.from({ length: 12 }, (_, i) => ({ json: { email: `huge.${i}@import.example.com`, first: `H${i}` } }));
		input[4].json.first = 'x'.repeat(400_000);
		const { items, error } = await ac.run(importParametersFirstName(), { input, settings: continueOnFail });
		expect(error).toBeUndefined();
		expect(String(items[4].json.error)).toMatch(/huge\.4@import\.example\.com is too large .* under 400,000 bytes/);
		expect(items.filter((item) => typeof item.json.id === 'string')).toHaveLength(11);
		expect(apiCalls('/import/bulk_import', 'POST').every((request) => request.status === 200)).toBe(true);
	});

	it('the option Max Request Size cannot raise the cap past the limit', async () => {
		const long = 'y'.repeat(3000);
		const input = Array.from({ length: 200 }, (_, i) => ({ json: { email: `cap.${i}@import.example.com`, first: `${long}${i}` } }));
		const { error } = await ac.run(importParametersFirstName({ importOptions: { maxBatchKb: 5000 } }), { input });
		expect(error).toBeUndefined();
		for (const request of apiCalls('/import/bulk_import', 'POST')) expect(request.bytes).toBeLessThan(400_000);
	});
});
