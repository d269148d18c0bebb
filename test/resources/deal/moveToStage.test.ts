import { bodyOf, rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('deal > moveToStage', () => {
	const ac = useSandbox();

	it('moveToStage takes a stage of the deal pipeline, and refuses one of another pipeline', async () => {
		const moved = await ac.run({ resource: 'deal', operation: 'moveToStage', deal: rl('1'), dealTargetStage: rl('negotiation', 'name') });
		expect(bodyOf(ac, 'PUT', '/deals/1')).toEqual({ deal: { stage: '4' } });
		expect(moved.json[0]).toMatchObject({ id: '1', stage: '4' });
		ac.clearRequests();
		const wrong = await ac.run({ resource: 'deal', operation: 'moveToStage', deal: rl('1'), dealTargetStage: rl('6') });
		expect(errorText(wrong)).toContain('The stage "6" is not in pipeline 1');
		expect(sent(ac, 'PUT', '/deals/1')).toHaveLength(0);
	});
});
