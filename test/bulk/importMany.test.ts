/**
 * Contact > Create or Update Many through the real execution path (WorkflowExecute -> the node's custom
 * operation, once for all items) against the sandbox's bulk importer.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { continueOnFail, useSandbox } from '../helpers/sandbox';

const ac = useSandbox();

function people(count: number, prefix = 'bulk'): INodeExecutionData[] {
	return Array.from({ length: count }, (_, i) => ({
		json: { email: `${prefix}.${i}@import.example.com`, first: `First${i}`, last: `Last${i}` },
	}));
}

const importParameters = (extra: IDataObject = {}) => ({
	resource: 'contact',
	operation: 'importMany',
	importEmail: '={{ $json.email }}',
	importFields: { firstName: '={{ $json.first }}', lastName: '={{ $json.last }}' },
	...extra,
});

function apiCalls(path: string, method?: string) {
	return ac.sandbox.requests.filter(
		(request) => request.path.split('?')[0] === `/api/3${path}` && (!method || request.method === method),
	);
}

function contactByEmail(email: string) {
	return ac.sandbox.store.t('contacts').find((row) => String(row.email).toLowerCase() === email.toLowerCase());
}

describe('contact importMany (bulk import)', () => {
	it('imports a batch with tags, lists and custom fields by name; invalid emails fail on their own items', async () => {
		const input = people(20);
		const invalid = [3, 11, 17];
		input[3].json.email = 'not-an-email';
		input[11].json.email = 'missing-dot@example';
		input[17].json.email = 'has space@example.com';

		const { items, error } = await ac.run(
			importParameters({
				importFields: {
					firstName: '={{ $json.first }}',
					lastName: '={{ $json.last }}',
					tags: 'vip, Imported 2026',
					lists: 'Newsletter',
				},
				importCustomFields: { field: [{ field: 'Preferred Language', value: 'German' }] },
			}),
			{ input, settings: continueOnFail },
		);

		expect(error).toBeUndefined();
		expect(items).toHaveLength(20);
		items.forEach((item, index) => expect(item.pairedItem).toEqual({ item: index }));
		for (const index of invalid) {
			expect(items[index].json.error).toEqual(expect.stringContaining(String(input[index].json.email)));
			expect(contactByEmail(String(input[index].json.email))).toBeUndefined();
		}
		for (let index = 0; index < 20; index++) {
			if (invalid.includes(index)) continue;
			const row = contactByEmail(String(input[index].json.email));
			expect(row).toBeDefined();
			expect(items[index].json).toMatchObject({ id: row!.id, email: input[index].json.email, importedWith: 'bulk_import' });
			expect(row!.firstName).toBe(`First${index}`);
		}

		// One import for all 20 contacts, names resolved once, not per item.
		const imports = apiCalls('/import/bulk_import', 'POST');
		expect(imports).toHaveLength(1);
		const sent = (imports[0].body as { contacts: IDataObject[] }).contacts;
		expect(sent).toHaveLength(20);
		expect(sent[0]).toMatchObject({
			email: 'bulk.0@import.example.com',
			first_name: 'First0',
			tags: ['vip', 'Imported 2026'],
			subscribe: [{ listid: '2' }],
			fields: [{ id: 1, value: 'German' }],
		});
		expect(apiCalls('/fields', 'GET')).toHaveLength(1);
		expect(apiCalls('/lists', 'GET')).toHaveLength(1);
		expect(apiCalls('/contact/sync')).toHaveLength(0);

		const first = contactByEmail('bulk.0@import.example.com')!;
		const store = ac.sandbox.store;
		const tagNames = store
			.t('contactTags')
			.where((row) => row.contact === first.id)
			.map((row) => store.t('tags').get(row.tag)?.tag);
		expect(tagNames).toEqual(expect.arrayContaining(['vip', 'Imported 2026']));
		expect(store.t('contactLists').find((row) => row.contact === first.id && row.list === '2')).toBeDefined();
		expect(store.t('fieldValues').find((row) => row.contact === first.id && row.field === '1')?.value).toBe('German');
	});

	it('fails the node on the first failed item when Continue On Fail is off', async () => {
		const input = people(12);
		input[5].json.email = 'nope';
		const { error } = await ac.run(importParameters(), { input });
		expect(error).toBeDefined();
		expect(String(error!.message)).toContain('nope');
	});

	it('updates contacts that already exist (matched by email)', async () => {
		const existing = ac.sandbox.store.t('contacts').all().slice(0, 12);
		const input = existing.map((row, i) => ({ json: { email: row.email, first: `Renamed${i}`, last: 'Bulk' } }));
		const before = ac.sandbox.store.t('contacts').size;
		const { items, error } = await ac.run(importParameters(), { input });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual(existing.map((row) => row.id));
		expect(ac.sandbox.store.t('contacts').size).toBe(before);
		expect(ac.sandbox.store.t('contacts').get(existing[4].id)?.firstName).toBe('Renamed4');
	});

	it('below 10 items, sends /contact/sync per item (tags and lists too)', async () => {
		const input = people(3, 'few');
		const { items, error } = await ac.run(
			importParameters({
				importFields: { firstName: '={{ $json.first }}', tags: 'vip', lists: '3' },
			}),
			{ input },
		);
		expect(error).toBeUndefined();
		expect(apiCalls('/import/bulk_import')).toHaveLength(0);
		expect(apiCalls('/contact/sync', 'POST')).toHaveLength(3);
		expect(apiCalls('/contactTags', 'POST')).toHaveLength(3);
		expect(apiCalls('/contactLists', 'POST')).toHaveLength(3);
		items.forEach((item, index) => {
			const row = contactByEmail(String(input[index].json.email))!;
			expect(item.json).toMatchObject({ id: row.id, importedWith: 'contact_sync' });
			expect(ac.sandbox.store.t('contactLists').find((m) => m.contact === row.id && m.list === '3')).toBeDefined();
		});
	});

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

	it('an unknown custom field fails only its own item', async () => {
		const input = people(12, 'fields');
		input[4].json.field = 'No Such Field';
		const { items } = await ac.run(
			importParameters({ importCustomFields: { field: [{ field: '={{ $json.field ?? "Plan" }}', value: 'Pro' }] } }),
			{ input, settings: continueOnFail },
		);
		expect(items[4].json.error).toEqual(expect.stringContaining('No Such Field'));
		expect(items.filter((item) => typeof item.json.id === 'string')).toHaveLength(11);
		expect((apiCalls('/import/bulk_import', 'POST')[0].body as { contacts: unknown[] }).contacts).toHaveLength(11);
	});

	it('a lookup that fails (403 on /lists) fails the items that need it, asked once, not once per item', async () => {
		ac.sandbox.injectFault({ method: 'GET', path: '/api/3/lists', status: 403, body: { message: 'You do not have permission' } });
		const input = people(12, 'denied');
		const { items } = await ac.run(
			importParameters({ importFields: { firstName: '={{ $json.first }}', lists: '={{ $itemIndex < 6 ? "Newsletter" : "" }}' } }),
			{ input, settings: continueOnFail },
		);
		expect(items).toHaveLength(12);
		for (const item of items.slice(0, 6)) expect(String(item.json.error)).toMatch(/permission|403/i);
		expect(items.slice(6).filter((item) => typeof item.json.id === 'string')).toHaveLength(6);
		expect(apiCalls('/lists', 'GET')).toHaveLength(1);
	});

	it('an item without an email fails on its own, with a hint; the others are imported', async () => {
		const input = people(12, 'blank');
		input[7].json.email = '  ';
		const { items, error } = await ac.run(importParameters(), { input, settings: continueOnFail });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(12);
		expect(items[7].json.error).toBe('The field "Email" is required');
		expect((items[7].error as { description?: string } | undefined)?.description).toContain('{{ $json.email }}');
		expect(items.filter((item) => typeof item.json.id === 'string')).toHaveLength(11);
		expect((apiCalls('/import/bulk_import', 'POST')[0].body as { contacts: unknown[] }).contacts).toHaveLength(11);
	});
});
