import { calls, rl } from '../../helpers/requests';
import { errorText, threeItems } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('contactField > get', () => {
	const ac = useSandbox();

	it('gets a field by title', async () => {
		const result = await ac.run({ resource: 'contactField', operation: 'get', field: rl('Birthday', 'name') });
		expect(result.error).toBeUndefined();
		expect(calls(ac)).toEqual(['GET /fields', 'GET /fields/2']);
		expect(result.json).toEqual([expect.objectContaining({ id: '2', title: 'Birthday', type: 'date' })]);
		expect(result.json[0].links).toBeUndefined();
	});

	describe('bad input', () => {
		it('names an unknown title and an unknown ID', async () => {
			const byName = await ac.run({ resource: 'contactField', operation: 'get', field: rl('Shoe Size', 'name') });
			expect(errorText(byName)).toContain('Shoe Size');
			const byId = await ac.run({ resource: 'contactField', operation: 'get', field: rl('999') });
			expect(errorText(byId)).toContain('999');
		});

		it('with Continue On Fail, the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'contactField', operation: 'get', field: rl('={{ ["Bio", "Nope", "Plan"][$json.n - 1] }}', 'name') },
				{ input: threeItems, settings: continueOnFail },
			);
			expect(result.json.map((item) => item.title ?? item.error)).toEqual([
				'Bio',
				expect.stringContaining('Nope'),
				'Plan',
			]);
		});
	});
});
