import { rl, sent } from '../../helpers/requests';
import { errorText, items } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('automation > get', () => {
	const ac = useSandbox();

	it('gets an automation by name', async () => {
		const got = await ac.run({ resource: 'automation', operation: 'get', automation: rl('Re-engagement', 'name') });
		expect(sent(ac, 'GET', '/automations/2')).toHaveLength(1);
		expect(got.json).toEqual([expect.objectContaining({ id: '2', name: 'Re-engagement' })]);
		expect(got.json[0].links).toBeUndefined();
	});

	describe('bad input', () => {
		it('unknown name, unknown ID with Continue On Fail', async () => {
			expect(errorText(await ac.run({ resource: 'automation', operation: 'get', automation: rl('Nope', 'name') }))).toContain('No automation named "Nope"');
			const result = await ac.run(
				{ resource: 'automation', operation: 'get', automation: rl('={{ $json.id }}') },
				{ input: items('1', '77'), settings: continueOnFail },
			);
			expect(result.json[0]).toMatchObject({ id: '1' });
			expect(String(result.json[1].error)).toContain('automation 77 was not found');
		});
	});
});
