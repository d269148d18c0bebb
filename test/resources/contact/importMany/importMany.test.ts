import type { IDataObject } from 'n8n-workflow';

import { continueOnFail, useSandbox } from '../../../helpers/sandbox';
import { importHelpers, importParameters, importParametersFirstName, people } from './helpers';

/**
 * Contact > Create or Update Many through the real execution path (WorkflowExecute -> the node's custom
 * operation, once for all items) against the sandbox's bulk importer.
 */
describe('contact > importMany', () => {
	const ac = useSandbox();
	const { apiCalls, contactByEmail } = importHelpers(ac);

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
			.table('contactTags')
			.where((row) => row.contact === first.id)
			.map((row) => store.table('tags').get(row.tag)?.tag);
		expect(tagNames).toEqual(expect.arrayContaining(['vip', 'Imported 2026']));
		expect(store.table('contactLists').find((row) => row.contact === first.id && row.list === '2')).toBeDefined();
		expect(store.table('fieldValues').find((row) => row.contact === first.id && row.field === '1')?.value).toBe('German');
	});

	it('fails the node on the first failed item when Continue On Fail is off', async () => {
		const input = people(12);
		input[5].json.email = 'nope';
		const { error } = await ac.run(importParameters(), { input });
		expect(error).toBeDefined();
		expect(String(error!.message)).toContain('nope');
	});

	it('updates contacts that already exist (matched by email)', async () => {
		const existing = ac.sandbox.store.table('contacts').all().slice(0, 12);
		const input = existing.map((row, i) => ({ json: { email: row.email, first: `Renamed${i}`, last: 'Bulk' } }));
		const before = ac.sandbox.store.table('contacts').size;
		const { items, error } = await ac.run(importParameters(), { input });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual(existing.map((row) => row.id));
		expect(ac.sandbox.store.table('contacts').size).toBe(before);
		expect(ac.sandbox.store.table('contacts').get(existing[4].id)?.firstName).toBe('Renamed4');
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
			expect(ac.sandbox.store.table('contactLists').find((m) => m.contact === row.id && m.list === '3')).toBeDefined();
		});
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

describe('contact > importMany below 10 items (/contact/sync)', () => {
	const ac = useSandbox({ webhookDelivery: false });
	const { contactByEmail } = importHelpers(ac);

	it('reports created: true on 201 and created: false on 200', async () => {
		const existing = ac.sandbox.store.table('contacts').get('2')!;
		const input = [{ json: { email: existing.email, first: 'Again' } }, { json: { email: 'sync.new@import.example.com', first: 'New' } }];
		const { items, error } = await ac.run(importParametersFirstName(), { input });
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.id, item.json.created, item.json.importedWith])).toEqual([
			['2', false, 'contact_sync'],
			[contactByEmail('sync.new@import.example.com')!.id, true, 'contact_sync'],
		]);
	});
});
