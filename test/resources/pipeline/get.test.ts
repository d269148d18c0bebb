import { rl, sent } from '../../helpers/requests';
import { errorText, items } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('pipeline > get', () => {
	const ac = useSandbox();

	it('get by title', async () => {
		const got = await ac.run({ resource: 'pipeline', operation: 'get', pipeline: rl('partnerships', 'name') });
		expect(sent(ac, 'GET', '/dealGroups/2')).toHaveLength(1);
		expect(got.json[0]).toMatchObject({ id: '2', title: 'Partnerships', stages: ['5', '6', '7'] });
		expect(got.json[0].dealStages).toBeUndefined();
		// Simplify: the names of the stages the answer side-loads, in the order of `stages`.
		expect(got.json[0].stageNames).toEqual([expect.any(String), expect.any(String), expect.any(String)]);
	});

	describe('bad input', () => {
		it('bad input: unknown name, unknown ID, Continue On Fail', async () => {
			expect(errorText(await ac.run({ resource: 'pipeline', operation: 'get', pipeline: rl('Nope', 'name') }))).toContain('No pipeline named "Nope"');
			await expect(ac.run({ resource: 'pipeline', operation: 'get', pipeline: rl('abc') })).rejects.toThrow(/Not a valid pipeline ID/);
			const result = await ac.run(
				{ resource: 'pipeline', operation: 'get', pipeline: rl('={{ $json.id }}') },
				{ input: items('404', '1'), settings: continueOnFail },
			);
			expect(String(result.json[0].error)).toContain('pipeline 404 was not found');
			expect(result.json[1]).toMatchObject({ id: '1' });
		});
	});
});
