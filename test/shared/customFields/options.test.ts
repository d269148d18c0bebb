import { sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

/** Dropdown, radio and multi-select values are checked against the field's options before anything is sent. */
describe('custom field options (customFields/values.ts)', () => {
	const ac = useSandbox();

	const upsert = (field: string, value: string | string[]) =>
		ac.run({
			resource: 'contact',
			operation: 'upsert',
			contactUpsertEmail: 'ada.lovelace@example.org',
			contactCustomFields: { field: [{ field, value }] },
		});

	it('a value that is not an option stops the item with the options listed, and nothing is sent', async () => {
		const result = await upsert('Preferred Language', 'Klingon');
		expect(errorText(result)).toContain('"Klingon" is not an option of the custom field "Preferred Language"');
		expect(errorText(result)).toContain('"English", "German", "French", "Spanish"');
		expect(sent(ac, 'POST', '/contact/sync')).toHaveLength(0);
	});

	it('a multi-select names each unknown entry', async () => {
		const result = await upsert('Interests', 'Product, Cooking, Sailing');
		expect(errorText(result)).toContain('"Cooking", "Sailing" is not an option of the custom field "Interests"');
	});

	it('options match case-insensitively and are sent as the option stores them', async () => {
		const result = await upsert('Interests', ['product', ' Marketing ']);
		expect(result.error).toBeUndefined();
		const body = sent(ac, 'POST', '/contact/sync')[0].body as { contact: { fieldValues: Array<{ value: string }> } };
		expect(body.contact.fieldValues[0].value).toBe('||Product||Marketing||');
		const radio = await upsert('Plan', 'pro');
		expect(radio.error).toBeUndefined();
		const radioBody = sent(ac, 'POST', '/contact/sync').pop()?.body as { contact: { fieldValues: Array<{ value: string }> } };
		expect(radioBody.contact.fieldValues[0].value).toBe('Pro');
	});

	it('Create or Update Many checks options too', async () => {
		const result = await ac.run({
			resource: 'contact',
			operation: 'importMany',
			importEmail: 'grace.hopper@example.org',
			importCustomFields: { field: [{ field: 'Plan', value: 'Platinum' }] },
		});
		expect(errorText(result)).toContain('"Platinum" is not an option of the custom field "Plan"');
	});
});
