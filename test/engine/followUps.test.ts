import { continueOnFail, useSandbox } from '../helpers/sandbox';
import { sent } from '../helpers/requests';

/**
 * Operations that send follow-up requests after the first (Contact Custom Field > Create: options to
 * /fieldOption/bulk, lists to /fieldRels) send them after the first request has given its lane slot back.
 */
describe('follow-up requests of an operation', () => {
	const ac = useSandbox({ rateLimit: 5 });
	const create = (title: string) => ({
		resource: 'contactField',
		operation: 'create',
		contactFieldTitle: title,
		fieldType: 'dropdown',
		contactFieldFieldOptions: { option: [{ label: 'Red', value: 'red' }, { label: 'Blue', value: 'blue' }] },
	});

	it('6 creates at once all finish, each with its options and list relation', async () => {
		const input = Array.from({ length: 6 }, (_, index) => ({ json: { title: `Colour ${index}` } }));
		const result = await ac.run({ ...create('={{ $json.title }}') }, { input });
		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(6);
		for (const field of result.json) expect(field.fieldOptions).toHaveLength(2);
		expect(sent(ac, 'POST', '/fields')).toHaveLength(6);
		expect(sent(ac, 'POST', '/fieldRels')).toHaveLength(6);
	});

	it('a 429 on a follow-up retries the follow-up, never the create before it', async () => {
		ac.sandbox.injectFault({ method: 'POST', path: '/api/3/fieldRels', status: 429, headers: { 'Retry-After': '1' }, body: { message: 'Too Many Requests' } });
		const result = await ac.run(create('Shirt Size'));
		expect(result.error).toBeUndefined();
		expect(sent(ac, 'POST', '/fields')).toHaveLength(1);
		expect(sent(ac, 'POST', '/fieldRels').map((request) => request.status)).toEqual([429, 201]);
	});

	it("a 422 on a follow-up fails the item once, with the API's field detail, and the create is not sent again", async () => {
		ac.sandbox.injectFault({
			method: 'POST',
			path: '/api/3/fieldOption/bulk',
			status: 422,
			body: { errors: [{ title: 'Option label is too long', source: { pointer: '/data/attributes/label' } }] },
		});
		const result = await ac.run(create('Hat Size'), { settings: continueOnFail });
		const error = String(result.json[0]?.error);
		expect(error).toBe('ActiveCampaign rejected the POST request: field "label": Option label is too long');
		expect(sent(ac, 'POST', '/fields')).toHaveLength(1);
	});
});
