import { rl, sent } from '../../helpers/requests';
import { errorText, items } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('form > get', () => {
	const ac = useSandbox();

	it('gets a form by name, simplified, and raw', async () => {
		const got = await ac.run({ resource: 'form', operation: 'get', form: rl('newsletter signup', 'name') });
		expect(sent(ac, 'GET', '/forms/1')).toHaveLength(1);
		expect(got.json).toEqual([expect.objectContaining({ id: '1', name: 'Newsletter Signup', cfields: expect.any(Array) })]);
		expect(got.json[0].links).toBeUndefined();
		const raw = await ac.run({ resource: 'form', operation: 'get', form: rl('1'), simplify: false });
		expect(raw.json[0]).toEqual({ form: expect.objectContaining({ id: '1', links: expect.any(Object) }) });
	});

	describe('bad input', () => {
		it('unknown name; unknown ID (ActiveCampaign answers 403 for it) with Continue On Fail', async () => {
			expect(errorText(await ac.run({ resource: 'form', operation: 'get', form: rl('Nope', 'name') }))).toContain('No form named "Nope"');
			const result = await ac.run({ resource: 'form', operation: 'get', form: rl('={{ $json.id }}') }, { input: items('1', '77'), settings: continueOnFail });
			expect(result.json[0]).toMatchObject({ id: '1' });
			expect(String(result.json[1].error)).toMatch(/form 77/i);
		});
	});
});
