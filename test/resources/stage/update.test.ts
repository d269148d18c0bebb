import { bodyOf, rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('stage > update', () => {
	const ac = useSandbox();

	it('update', async () => {
		const updated = await ac.run({ resource: 'stage', operation: 'update', stage: rl('4'), stageUpdateFields: { title: 'Negotiating', width: 300 } });
		expect(bodyOf(ac, 'PUT', '/dealStages/4')).toEqual({ dealStage: { title: 'Negotiating', width: 300 } });
		expect(updated.json[0]).toMatchObject({ title: 'Negotiating' });
	});
});
