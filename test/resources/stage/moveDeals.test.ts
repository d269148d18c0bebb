import { bodyOf, rl } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('stage > moveDeals', () => {
	const ac = useSandbox();

	it('moveDeals moves every deal of a stage to a stage of the same pipeline', async () => {
		const before = ac.sandbox.store.table('deals').where((deal) => deal.stage === '2').length;
		const result = await ac.run({ resource: 'stage', operation: 'moveDeals', stage: rl('2'), targetStage: rl('Follow Up', 'name') });
		expect(bodyOf(ac, 'PUT', '/dealStages/2/deals')).toEqual({ deal: { stage: '3' } });
		expect(result.json).toHaveLength(before);
		for (const deal of result.json) expect(deal).toMatchObject({ stage: '3', valueAmount: expect.any(Number) });
	});

	describe('bad input', () => {
		it('a target in another pipeline', async () => {
			expect(errorText(await ac.run({ resource: 'stage', operation: 'moveDeals', stage: rl('2'), targetStage: rl('6') }))).toContain(
				'The stage "6" is not in pipeline 1',
			);
		});
	});
});
