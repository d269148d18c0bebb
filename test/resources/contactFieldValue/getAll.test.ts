import { calls, rl } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('contactFieldValue > getAll', () => {
	const ac = useSandbox();

	it("lists a contact's values, with a Limit", async () => {
		const all = await ac.run({ resource: 'contactFieldValue', operation: 'getAll', contactFieldValueContact: rl('4'), returnAll: true });
		expect(calls(ac)).toEqual(['GET /fields', 'GET /contacts/4/fieldValues']);
		expect(all.json.length).toBeGreaterThan(1);
		for (const value of all.json) expect(value).toMatchObject({ contact: '4' });
		// Simplify: each value with its field's title, typed by the field's type (a date stays YYYY-MM-DD).
		expect(all.json).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ field: '1', fieldTitle: 'Preferred Language', value: 'English' }),
				expect.objectContaining({ field: '2', fieldTitle: 'Birthday', value: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }),
			]),
		);
		expect(Object.keys(all.json[0]).slice(0, 4)).toEqual(['id', 'contact', 'field', 'fieldTitle']);
		const one = await ac.run({ resource: 'contactFieldValue', operation: 'getAll', contactFieldValueContact: rl('4'), limit: 1 });
		expect(one.json).toHaveLength(1);
	});

	describe('bad input', () => {
		it('names an unknown contact', async () => {
			const contact = await ac.run({ resource: 'contactFieldValue', operation: 'getAll', contactFieldValueContact: rl('99999'), returnAll: true });
			expect(errorText(contact)).toContain('99999');
		});
	});
});
