import { calls, rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('contact > get', () => {
	const ac = useSandbox();

	it('gets a contact by email, simplified by default and raw when Simplify is off', async () => {
		const simple = await ac.run({ resource: 'contact', operation: 'get', contact: rl('ADA.lovelace@example.org', 'email') });
		expect(simple.error).toBeUndefined();
		// Simplify reads the field definitions (once per run, in a preSend) to name the side-loaded custom field values.
		expect(calls(ac)).toEqual(['GET /contacts', 'GET /fields', 'GET /contacts/1']);
		expect(sent(ac, 'GET', '/contacts')[0].query).toMatchObject({ email: 'ADA.lovelace@example.org' });
		expect(Object.keys(simple.json[0])).toEqual(['id', 'email', 'firstName', 'lastName', 'phone', 'cdate', 'udate', 'customFields']);
		expect(simple.json[0]).toMatchObject({ id: '1', email: 'ada.lovelace@example.org' });
		expect(simple.json[0].customFields).toEqual({ 'Preferred Language': 'German', Interests: ['Product', 'Engineering'] });
		expect(String(simple.json[0].cdate)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

		const raw = await ac.run({ resource: 'contact', operation: 'get', contact: rl(1), simplify: false });
		expect(calls(ac).slice(3)).toEqual(['GET /contacts/1']);
		expect(Object.keys(raw.json[0])).toEqual(expect.arrayContaining(['contact', 'fieldValues', 'contactLists']));
		expect(raw.json[0].contact).toMatchObject({ id: '1', hash: expect.any(String), links: expect.any(Object) });
	});

	describe('bad input', () => {
		it('names the email that matches no contact', async () => {
			const result = await ac.run({ resource: 'contact', operation: 'get', contact: rl('nobody@example.com', 'email') });
			expect(errorText(result)).toContain('nobody@example.com');
		});

		it('names an unknown ID', async () => {
			const unknownId = await ac.run({ resource: 'contact', operation: 'get', contact: rl('99999') });
			expect(errorText(unknownId)).toContain('99999');
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
