/**
 * Create or Update Many against a sandbox that follows FACTS §1: `/import/info` lists only CREATED contacts in
 * `success`, an updated contact in neither list; `status` starts as `false`; batches may end `failed` or
 * `interrupted`; bodies must stay under 400,000 bytes. Real execution path (WorkflowExecute -> custom operation).
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { continueOnFail, useSandbox } from '../helpers/sandbox';

const ac = useSandbox({ webhookDelivery: false });

const TWO_DAYS_MS = 2 * 24 * 3600_000;

const importParameters = (extra: IDataObject = {}) => ({
	resource: 'contact',
	operation: 'importMany',
	importEmail: '={{ $json.email }}',
	importFields: { firstName: '={{ $json.first }}' },
	...extra,
});

function apiCalls(path: string, method?: string) {
	return ac.sandbox.requests.filter((request) => request.path === `/api/3${path}` && (!method || request.method === method));
}

function contactByEmail(email: string) {
	return ac.sandbox.store.t('contacts').find((row) => String(row.email).toLowerCase() === email.trim().toLowerCase());
}

/** `existing` contacts already in the account (last updated two days ago) and `fresh` new ones, shuffled. */
function mixedInput(existing: number, fresh: number, prefix: string): INodeExecutionData[] {
	ac.sandbox.addContacts(existing);
	const rows = ac.sandbox.store.t('contacts').all().slice(-existing);
	for (const row of rows) row._u = Date.now() - TWO_DAYS_MS;
	const input = [
		...rows.map((row, i) => ({ json: { email: i % 2 ? String(row.email).toUpperCase() : String(row.email), first: `Old${i}` } })),
		...Array.from({ length: fresh }, (_, i) => ({ json: { email: `${prefix}.${i}@import.example.com`, first: `New${i}` } })),
	];
	// Interleave, so every batch has both.
	return input.map((item, i) => ({ item, key: (i * 7919) % input.length })).sort((a, b) => a.key - b.key).map(({ item }) => item);
}

function expectPairedCorrectly(input: INodeExecutionData[], items: INodeExecutionData[], existingEmails: Set<string>) {
	expect(items).toHaveLength(input.length);
	items.forEach((item, index) => {
		const email = String(input[index].json.email);
		const row = contactByEmail(email);
		expect(item.pairedItem).toEqual({ item: index });
		expect(item.json).toMatchObject({ id: row!.id, email, created: !existingEmails.has(email.toLowerCase()), importedWith: 'bulk_import' });
		expect(row!.firstName).toBe(input[index].json.first);
	});
}

describe('Create or Update Many: created and updated contacts', () => {
	it.each(['time', 'day'] as const)(
		'returns the ID of every created and every updated contact with created: true|false (date filters honour %s)',
		async (precision) => {
			ac.sandbox.setDateFilterPrecision(precision);
			const input = mixedInput(300, 300, `mix-${precision}`);
			const existingEmails = new Set(input.filter((item) => !String(item.json.email).includes('@import.')).map((item) => String(item.json.email).toLowerCase()));
			ac.clearRequests();
			const { items, error } = await ac.run(importParameters(), { input });
			expect(error).toBeUndefined();
			expectPairedCorrectly(input, items, existingEmails);
			// No request per contact: 3 imports, their polls, one offset probe and one scan of ~600 contacts.
			expect(apiCalls('/contacts', 'GET').filter((request) => request.query.email !== undefined)).toHaveLength(0);
			expect(ac.sandbox.requests.length).toBeLessThanOrEqual(20);
		},
	);

	it('when the server ignores the time of day, contacts updated earlier that day are read but never paired by position', async () => {
		ac.sandbox.setDateFilterPrecision('day');
		const input = mixedInput(20, 20, 'earlier');
		const existingEmails = new Set(input.filter((item) => !String(item.json.email).includes('@import.')).map((item) => String(item.json.email).toLowerCase()));
		// Other contacts of the account, touched a moment before the import (same day, before the margin).
		ac.sandbox.addContacts(150);
		const startOfDay = Date.parse(new Date().toISOString().slice(0, 10));
		for (const row of ac.sandbox.store.t('contacts').all().slice(-150)) row._u = Math.max(startOfDay + 1000, Date.now() - 100 * 60_000);
		const { items, error } = await ac.run(importParameters(), { input });
		expect(error).toBeUndefined();
		expectPairedCorrectly(input, items, existingEmails);
	});

	it('all new contacts: their IDs come from ids[] pages of the created IDs, no scan', async () => {
		const input = Array.from({ length: 120 }, (_, i) => ({ json: { email: `all.new.${i}@import.example.com`, first: `N${i}` } }));
		const { items, error } = await ac.run(importParameters(), { input });
		expect(error).toBeUndefined();
		expectPairedCorrectly(input, items, new Set());
		const lookups = apiCalls('/contacts', 'GET');
		expect(lookups).toHaveLength(2);
		expect(lookups.every((request) => request.query['ids[]'] !== undefined && request.query['filters[updated_after]'] === undefined)).toBe(true);
	});

	it('a server that answers the scan with nothing (or with unrelated contacts): each missing email is asked for itself', async () => {
		const input = mixedInput(12, 0, 'unused');
		const existingEmails = new Set(input.map((item) => String(item.json.email).toLowerCase()));
		const unrelated = { contacts: [{ id: '1', email: 'someone.else@example.com', udate: '2026-01-01T00:00:00-05:00' }], meta: { total: '1' } };
		ac.sandbox.injectFault({ method: 'GET', path: '/api/3/contacts', status: 200, body: unrelated, times: 2 });
		const { items, error } = await ac.run(importParameters(), { input });
		expect(error).toBeUndefined();
		expectPairedCorrectly(input, items, existingEmails);
		expect(apiCalls('/contacts', 'GET').filter((request) => request.query.email !== undefined)).toHaveLength(12);
	});
});

describe('Create or Update Many: status false, then waiting and active', () => {
	// Batches answer `false` for longer than the node's first poll.
	const slow = useSandbox({ webhookDelivery: false, importTimeline: { falseMs: 900, waitingMs: 1200, completeMs: 1500 } });

	it('reads status false (polled too early), waiting and active as "not yet"', async () => {
		const input = Array.from({ length: 12 }, (_, i) => ({ json: { email: `early.${i}@import.example.com`, first: `E${i}` } }));
		const { items, error } = await slow.run(importParameters(), { input });
		expect(error).toBeUndefined();
		expect(items.every((item) => typeof item.json.id === 'string' && item.json.created === true)).toBe(true);
		const polls = slow.sandbox.requests.filter((request) => request.path === '/api/3/import/info');
		expect(polls.length).toBeGreaterThanOrEqual(2);
	});
});

describe('Create or Update Many: batches ActiveCampaign fails', () => {
	it.each(['failed', 'interrupted'] as const)('a batch that ends "%s" fails its items at once, saying sending again is safe', async (status) => {
		ac.sandbox.failNextImports(status);
		const input = Array.from({ length: 30 }, (_, i) => ({ json: { email: `terminal.${i}@import.example.com`, first: `T${i}` } }));
		const started = Date.now();
		const { items, error } = await ac.run(importParameters({ importOptions: { batchSize: 15 } }), { input, settings: continueOnFail });
		expect(error).toBeUndefined();
		expect(Date.now() - started).toBeLessThan(10_000);
		const failed = items.filter((item) => item.json.error !== undefined);
		expect(failed).toHaveLength(15);
		expect(String(failed[0].json.error)).toContain(`"${status}"`);
		expect(String((failed[0].error as { description?: string }).description)).toMatch(/Sending these items again is safe/);
		expect(items.filter((item) => typeof item.json.id === 'string')).toHaveLength(15);
	});

	it('without Continue On Fail, a failed batch stops the node with that message', async () => {
		ac.sandbox.failNextImports('failed');
		const input = Array.from({ length: 12 }, (_, i) => ({ json: { email: `stop.${i}@import.example.com`, first: `S${i}` } }));
		const { error } = await ac.run(importParameters(), { input });
		expect(String(error?.message)).toContain('"failed"');
	});
});

describe('Create or Update Many: the 400,000-byte limit', () => {
	it('keeps every bulk_import body under 400,000 bytes (as sent) with the default options, 250 contacts with long fields', async () => {
		const long = 'ü'.repeat(1200);
		const input = Array.from({ length: 250 }, (_, i) => ({ json: { email: `long.${i}@import.example.com`, first: `${long}${i}` } }));
		const { items, error } = await ac.run(importParameters(), { input, settings: continueOnFail });
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
		const { items, error } = await ac.run(importParameters(), { input, settings: continueOnFail });
		expect(error).toBeUndefined();
		expect(String(items[4].json.error)).toMatch(/huge\.4@import\.example\.com is too large .* under 400,000 bytes/);
		expect(items.filter((item) => typeof item.json.id === 'string')).toHaveLength(11);
		expect(apiCalls('/import/bulk_import', 'POST').every((request) => request.status === 200)).toBe(true);
	});

	it('the option Max Request Size cannot raise the cap past the limit', async () => {
		const long = 'y'.repeat(3000);
		const input = Array.from({ length: 200 }, (_, i) => ({ json: { email: `cap.${i}@import.example.com`, first: `${long}${i}` } }));
		const { error } = await ac.run(importParameters({ importOptions: { maxBatchKb: 5000 } }), { input });
		expect(error).toBeUndefined();
		for (const request of apiCalls('/import/bulk_import', 'POST')) expect(request.bytes).toBeLessThan(400_000);
	});
});

describe('Create or Update Many below 10 items (/contact/sync)', () => {
	it('reports created: true on 201 and created: false on 200', async () => {
		const existing = ac.sandbox.store.t('contacts').get('2')!;
		const input = [{ json: { email: existing.email, first: 'Again' } }, { json: { email: 'sync.new@import.example.com', first: 'New' } }];
		const { items, error } = await ac.run(importParameters(), { input });
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.id, item.json.created, item.json.importedWith])).toEqual([
			['2', false, 'contact_sync'],
			[contactByEmail('sync.new@import.example.com')!.id, true, 'contact_sync'],
		]);
	});
});
