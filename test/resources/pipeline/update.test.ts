import { bodyOf, rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('pipeline > update', () => {
	const ac = useSandbox();

	it('update', async () => {
		const updated = await ac.run({ resource: 'pipeline', operation: 'update', pipeline: rl('2'), pipelineUpdateFields: { title: 'Partners', currency: 'eur' } });
		expect(bodyOf(ac, 'PUT', '/dealGroups/2')).toEqual({ dealGroup: { title: 'Partners', currency: 'eur' } });
		expect(updated.json[0]).toMatchObject({ title: 'Partners', currency: 'eur' });
	});
});
