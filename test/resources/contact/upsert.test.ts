import { sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('contact > upsert', () => {
	const ac = useSandbox();

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

	it('Simplify: id first, whether the contact was created (201) or updated (200), custom fields under their titles, typed', async () => {
		const parameters = {
			resource: 'contact',
			operation: 'upsert',
			contactUpsertEmail: 'new.person@example.org',
			contactAdditionalFields: { firstName: 'New' },
			contactCustomFields: {
				field: [
					{ field: 'Interests', value: 'Product, Marketing' },
					{ field: 'Company Size', value: '250' },
					{ field: 'Birthday', value: '1990-04-01' },
					{ field: 'Last Demo', value: '2026-03-01T10:30:00Z' },
				],
			},
		};
		const created = await ac.run(parameters);
		expect(created.error).toBeUndefined();
		expect(Object.keys(created.json[0]).slice(0, 3)).toEqual(['id', 'created', 'email']);
		expect(created.json[0]).toMatchObject({ created: true, email: 'new.person@example.org', firstName: 'New' });
		expect(created.json[0].customFields).toEqual({
			Interests: ['Product', 'Marketing'],
			'Company Size': 250,
			Birthday: '1990-04-01',
			'Last Demo': '2026-03-01T10:30:00.000Z',
		});
		expect(created.json[0]).not.toHaveProperty('hash');

		const updated = await ac.run(parameters);
		expect(updated.json[0]).toMatchObject({ id: created.json[0].id, created: false });

		const raw = await ac.run({ ...parameters, simplify: false });
		expect(raw.json[0]).not.toHaveProperty('created');
		expect(raw.json[0]).toHaveProperty('fieldValues');
		expect(raw.json[0].contact).toHaveProperty('links');
	});

	it('without custom fields, Simplify reads no field definitions', async () => {
		await ac.run({ resource: 'contact', operation: 'upsert', contactUpsertEmail: 'ada.lovelace@example.org' });
		expect(sent(ac, 'GET', '/fields')).toHaveLength(0);
	});

	describe('bad input', () => {
		it('names an unknown custom field and a custom field whose value does not fit its type', async () => {
			const unknownField = await ac.run({
				resource: 'contact',
				operation: 'upsert',
				contactUpsertEmail: 'ada.lovelace@example.org',
				contactCustomFields: { field: [{ field: 'Shoe Size', value: '42' }] },
			});
			expect(errorText(unknownField)).toContain('Shoe Size');
			const badDate = await ac.run({
				resource: 'contact',
				operation: 'upsert',
				contactUpsertEmail: 'ada.lovelace@example.org',
				contactCustomFields: { field: [{ field: 'Birthday', value: 'soon' }] },
			});
			expect(errorText(badDate)).toContain('Birthday');
		});
	});
});
