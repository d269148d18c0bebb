import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { calls, errorText, rl, sent } from './helpers';

describe('contactFieldValue', () => {
	const ac = useSandbox();

	it('sets a value with the field given by title and the value formatted for a checkbox field', async () => {
		const result = await ac.run({
			resource: 'contactFieldValue',
			operation: 'set',
			contactFieldValueContact: rl('grace.hopper@example.net', 'email'),
			field: 'Interests',
			value: '={{ ["Product", "Marketing"] }}',
		});
		expect(result.error).toBeUndefined();
		expect(calls(ac)).toEqual(['GET /contacts', 'GET /fields', 'POST /fieldValues']);
		expect(sent(ac, 'POST', '/fieldValues')[0].body).toEqual({ fieldValue: { contact: '2', field: '3', value: '||Product||Marketing||' } });
		expect(result.json).toEqual([expect.objectContaining({ contact: '2', field: '3', value: '||Product||Marketing||' })]);
		expect(result.json[0].links).toBeUndefined();
		expect(result.json[0].contacts).toBeUndefined();
	});

	it('sets a date field by ID', async () => {
		const result = await ac.run({ resource: 'contactFieldValue', operation: 'set', contactFieldValueContact: rl('3'), field: '2', value: '2001-02-03' });
		expect(sent(ac, 'POST', '/fieldValues')[0].body).toEqual({ fieldValue: { contact: '3', field: '2', value: '2001-02-03' } });
		expect(result.json[0]).toMatchObject({ value: '2001-02-03' });
	});

	it("lists a contact's values, with a Limit", async () => {
		const all = await ac.run({ resource: 'contactFieldValue', operation: 'getAll', contactFieldValueContact: rl('4'), returnAll: true });
		expect(calls(ac)).toEqual(['GET /contacts/4/fieldValues']);
		expect(all.json.length).toBeGreaterThan(1);
		for (const value of all.json) expect(value).toMatchObject({ contact: '4' });
		const one = await ac.run({ resource: 'contactFieldValue', operation: 'getAll', contactFieldValueContact: rl('4'), limit: 1 });
		expect(one.json).toHaveLength(1);
	});

	describe('bad input', () => {
		it('names an unknown field, an unknown contact and an unknown email', async () => {
			const field = await ac.run({ resource: 'contactFieldValue', operation: 'set', contactFieldValueContact: rl('1'), field: 'Shoe Size', value: '1' });
			expect(errorText(field.error)).toContain('Shoe Size');
			const contact = await ac.run({ resource: 'contactFieldValue', operation: 'getAll', contactFieldValueContact: rl('99999'), returnAll: true });
			expect(errorText(contact.error)).toContain('99999');
			const email = await ac.run({ resource: 'contactFieldValue', operation: 'set', contactFieldValueContact: rl('x@nowhere.test', 'email'), field: '1', value: 'English' });
			expect(errorText(email.error)).toContain('x@nowhere.test');
		});

		it('with Continue On Fail, the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'contactFieldValue', operation: 'set', contactFieldValueContact: rl('1'), field: 'Birthday', value: '={{ $json.value }}' },
				{
					input: [{ json: { value: '1990-01-01' } }, { json: { value: 'not a date' } }, { json: { value: '1991-02-02' } }],
					settings: continueOnFail,
				},
			);
			expect(result.json.map((item) => item.value ?? item.error)).toEqual([
				'1990-01-01',
				expect.stringContaining('Birthday'),
				'1991-02-02',
			]);
		});
	});
});
