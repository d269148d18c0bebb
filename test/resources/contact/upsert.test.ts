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
