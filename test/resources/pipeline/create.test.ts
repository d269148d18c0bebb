import { bodyOf } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('pipeline > create', () => {
	const ac = useSandbox();

	it('create', async () => {
		const result = await ac.run({
			resource: 'pipeline',
			operation: 'create',
			pipelineTitle: 'Enterprise',
			currency: 'gbp',
			pipelineAdditionalFields: { autoassign: 1, users: '1, 2' },
		});
		expect(bodyOf(ac, 'POST', '/dealGroups')).toEqual({ dealGroup: { title: 'Enterprise', currency: 'gbp', autoassign: 1, users: ['1', '2'] } });
		expect(result.json).toEqual([expect.objectContaining({ id: '3', title: 'Enterprise', currency: 'gbp' })]);
		expect(result.json[0].links).toBeUndefined();
	});
});
