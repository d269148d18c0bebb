import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { calls, errorText, rl, sent } from './helpers';

describe('contact', () => {
	const ac = useSandbox();

	it('creates a contact with custom fields picked by name and formatted by type', async () => {
		const result = await ac.run({
			resource: 'contact',
			operation: 'create',
			contactCreateEmail: 'new.person@example.com',
			contactAdditionalFields: { firstName: 'New', lastName: 'Person', phone: '+1 555 0100' },
			contactCustomFields: {
				field: [
					{ field: '2', value: '2026-03-04T15:30:00Z' },
					{ field: 'Interests', value: 'Product, Marketing' },
					{ field: 'LAST_DEMO', value: '2026-03-04 10:00:00' },
				],
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = sent(ac, 'POST', '/contacts');
		expect(request.body).toEqual({
			contact: {
				email: 'new.person@example.com',
				firstName: 'New',
				lastName: 'Person',
				phone: '+1 555 0100',
				fieldValues: [
					{ field: '2', value: '2026-03-04' },
					{ field: '3', value: '||Product||Marketing||' },
					{ field: '6', value: expect.stringMatching(/^2026-03-04T10:00:00/) },
				],
			},
		});
		expect(result.json).toHaveLength(1);
		expect(result.json[0]).toMatchObject({ email: 'new.person@example.com', firstName: 'New' });
		expect(result.json[0].links).toBeUndefined();
		expect(result.json[0].fieldValues).toBeUndefined();
	});

	it('upserts by email through /contact/sync', async () => {
		const result = await ac.run({
			resource: 'contact',
			operation: 'upsert',
			contactUpsertEmail: 'ada.lovelace@example.org',
			contactAdditionalFields: { lastName: 'King' },
		});
		expect(result.error).toBeUndefined();
		expect(sent(ac, 'POST', '/contact/sync')[0].body).toEqual({ contact: { email: 'ada.lovelace@example.org', lastName: 'King' } });
		expect(result.json[0]).toMatchObject({ id: '1', lastName: 'King' });
	});

	it('gets a contact by email, simplified by default and raw when Simplify is off', async () => {
		const simple = await ac.run({ resource: 'contact', operation: 'get', contact: rl('ADA.lovelace@example.org', 'email') });
		expect(simple.error).toBeUndefined();
		expect(calls(ac)).toEqual(['GET /contacts', 'GET /contacts/1']);
		expect(sent(ac, 'GET', '/contacts')[0].query).toMatchObject({ email: 'ADA.lovelace@example.org' });
		expect(simple.json[0]).toMatchObject({ id: '1', email: 'ada.lovelace@example.org' });
		expect(simple.json[0].links).toBeUndefined();

		const raw = await ac.run({ resource: 'contact', operation: 'get', contact: rl(1), simplify: false });
		expect(Object.keys(raw.json[0])).toEqual(expect.arrayContaining(['contact', 'fieldValues', 'contactLists']));
	});

	it('updates a contact picked by ID (a number) with only a custom field', async () => {
		const result = await ac.run({
			resource: 'contact',
			operation: 'update',
			contact: rl(2 as unknown as string),
			contactCustomFields: { field: [{ field: 'Preferred Language', value: 'French' }] },
		});
		expect(result.error).toBeUndefined();
		expect(sent(ac, 'PUT', '/contacts/2')[0].body).toEqual({ contact: { fieldValues: [{ field: '1', value: 'French' }] } });
		expect(result.json[0]).toMatchObject({ id: '2' });
	});

	it('deletes a contact and says which', async () => {
		const result = await ac.run({ resource: 'contact', operation: 'delete', contact: rl('ada.lovelace@example.org', 'email') });
		expect(result.error).toBeUndefined();
		expect(sent(ac, 'DELETE', '/contacts/1')).toHaveLength(1);
		expect(result.json).toEqual([{ deleted: true, contact: '1' }]);
	});

	it('filters getAll by list and status, tag, dates and sorts', async () => {
		const result = await ac.run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			contactFilters: {
				list: rl('Newsletter', 'name'),
				status: 1,
				tag: rl('customer', 'name'),
				search: 'a',
				email_like: 'example',
				created_after: '2020-01-01T00:00:00',
				updated_after: '2020-01-01T00:00:00',
				sortBy: 'email',
				sortDirection: 'DESC',
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = sent(ac, 'GET', '/contacts').slice(-1);
		expect(request.query).toMatchObject({
			listid: '2',
			status: '1',
			tagid: '1',
			search: 'a',
			email_like: 'example',
			'filters[created_after]': '2020-01-01T00:00:00',
			'filters[updated_after]': '2020-01-01T00:00:00',
			'orders[email]': 'DESC',
			limit: '5',
		});
		expect(result.json.length).toBeGreaterThan(0);
		for (const contact of result.json) expect(contact.links).toBeUndefined();
	});

	it('returns all of 1,050 contacts by ID ranges in 11 requests, and Limit 150 in two pages', async () => {
		ac.sandbox.reset({ seed: false });
		ac.sandbox.addContacts(1050);
		const all = await ac.run({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.json).toHaveLength(1050);
		expect(new Set(all.json.map((contact) => contact.id)).size).toBe(1050);
		expect(all.json.map((contact) => Number(contact.id))).toEqual([...all.json.map((contact) => Number(contact.id))].sort((a, b) => a - b));
		const pages = sent(ac, 'GET', '/contacts');
		// The first page, then 5 ranges of 200 IDs read at once (the last one open): 11 pages, no more.
		expect(pages).toHaveLength(11);
		expect(pages[0].query).toMatchObject({ limit: '100', 'orders[id]': 'ASC' });
		expect(pages.slice(1).every((page) => page.query['orders[id]'] === 'ASC' && page.query.id_greater !== undefined)).toBe(true);

		ac.clearRequests();
		const limited = await ac.run({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 150 });
		expect(limited.json).toHaveLength(150);
		expect(sent(ac, 'GET', '/contacts').map((request) => request.query.limit)).toEqual(['100', '50']);
	});

	describe('bad input', () => {
		it('names the email that matches no contact', async () => {
			const result = await ac.run({ resource: 'contact', operation: 'get', contact: rl('nobody@example.com', 'email') });
			expect(errorText(result.error)).toContain('nobody@example.com');
		});

		it('names the missing or invalid email field', async () => {
			await expect(ac.run({ resource: 'contact', operation: 'create', contactCreateEmail: '' })).rejects.toThrow('Parameter "Email" is required');
			const emptyFromExpression = await ac.run({ resource: 'contact', operation: 'create', contactCreateEmail: '={{ $json.email }}' });
			expect(errorText(emptyFromExpression.error)).toContain('field "email"');
			const invalid = await ac.run({ resource: 'contact', operation: 'create', contactCreateEmail: 'not-an-email' });
			expect(errorText(invalid.error)).toMatch(/email/i);
		});

		it('names an unknown ID and an unknown custom field', async () => {
			const unknownId = await ac.run({ resource: 'contact', operation: 'get', contact: rl('99999') });
			expect(errorText(unknownId.error)).toContain('99999');
			const unknownField = await ac.run({
				resource: 'contact',
				operation: 'upsert',
				contactUpsertEmail: 'ada.lovelace@example.org',
				contactCustomFields: { field: [{ field: 'Shoe Size', value: '42' }] },
			});
			expect(errorText(unknownField.error)).toContain('Shoe Size');
			const badDate = await ac.run({
				resource: 'contact',
				operation: 'upsert',
				contactUpsertEmail: 'ada.lovelace@example.org',
				contactCustomFields: { field: [{ field: 'Birthday', value: 'soon' }] },
			});
			expect(errorText(badDate.error)).toContain('Birthday');
		});

		it('with Continue On Fail, the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'contact', operation: 'get', contact: rl('={{ $json.email }}', 'email') },
				{
					input: [
						{ json: { email: 'ada.lovelace@example.org' } },
						{ json: { email: 'nobody@example.com' } },
						{ json: { email: 'grace.hopper@example.net' } },
					],
					settings: continueOnFail,
				},
			);
			expect(result.json).toHaveLength(3);
			expect(result.json[0]).toMatchObject({ id: '1' });
			expect(String(result.json[1].error)).toContain('nobody@example.com');
			expect(result.json[2]).toMatchObject({ email: 'grace.hopper@example.net' });
		});
	});
});
