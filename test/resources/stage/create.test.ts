import { bodyOf, rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('stage > create', () => {
	const ac = useSandbox();

	it('create in a pipeline chosen by name', async () => {
		const result = await ac.run({
			resource: 'stage',
			operation: 'create',
			stageTitle: 'Closing',
			stagePipeline: rl('Partnerships', 'name'),
			stageAdditionalFields: { color: '#32B0FC', order: 4 },
		});
		expect(bodyOf(ac, 'POST', '/dealStages')).toEqual({ dealStage: { title: 'Closing', group: '2', color: '32B0FC', order: 4 } });
		expect(result.json[0]).toMatchObject({ title: 'Closing', group: '2', pipelineName: 'Partnerships' });
	});
});
