import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('stage > getAll', () => {
	const ac = useSandbox();

	it('getAll of a pipeline sends filters[d_groupid]', async () => {
		const result = await ac.run({ resource: 'stage', operation: 'getAll', stagePipeline: rl('2'), returnAll: true });
		expect(sent(ac, 'GET', '/dealStages')[0].query).toMatchObject({ 'filters[d_groupid]': '2' });
		expect(result.json.map((stage) => stage.title)).toEqual(['To Contact', 'In Contact', 'Follow Up']);
	});
});
