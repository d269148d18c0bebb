import { rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('pipeline > delete', () => {
	const ac = useSandbox();

	it('delete by the title an update gave it', async () => {
		await ac.run({ resource: 'pipeline', operation: 'update', pipeline: rl('2'), pipelineUpdateFields: { title: 'Partners', currency: 'eur' } });
		const deleted = await ac.run({ resource: 'pipeline', operation: 'delete', pipeline: rl('Partners', 'name') });
		expect(deleted.json).toEqual([{ deleted: true, pipeline: '2' }]);
	});
});
