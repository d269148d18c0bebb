import { calls, rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('contactFieldValue > set', () => {
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
		// The definitions are read once per run: for the value sent and for Simplify's title.
		expect(calls(ac)).toEqual(['GET /contacts', 'GET /fields', 'POST /fieldValues']);
		expect(sent(ac, 'POST', '/fieldValues')[0].body).toEqual({ fieldValue: { contact: '2', field: '3', value: '||Product||Marketing||' } });
		// Simplify: the multi-select value as a list, under the field's title.
		expect(result.json).toEqual([expect.objectContaining({ contact: '2', field: '3', fieldTitle: 'Interests', value: ['Product', 'Marketing'] })]);
		expect(result.json[0].links).toBeUndefined();
		expect(result.json[0].contacts).toBeUndefined();
	});

	it('sets a date field by ID', async () => {
		const result = await ac.run({ resource: 'contactFieldValue', operation: 'set', contactFieldValueContact: rl('3'), field: '2', value: '2001-02-03' });
		expect(sent(ac, 'POST', '/fieldValues')[0].body).toEqual({ fieldValue: { contact: '3', field: '2', value: '2001-02-03' } });
		expect(result.json[0]).toMatchObject({ value: '2001-02-03' });
	});

	describe('bad input', () => {
		it('names an unknown field and an unknown email', async () => {
			const field = await ac.run({ resource: 'contactFieldValue', operation: 'set', contactFieldValueContact: rl('1'), field: 'Shoe Size', value: '1' });
			expect(errorText(field)).toContain('Shoe Size');
			const email = await ac.run({ resource: 'contactFieldValue', operation: 'set', contactFieldValueContact: rl('x@nowhere.test', 'email'), field: '1', value: 'English' });
			expect(errorText(email)).toContain('x@nowhere.test');
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
