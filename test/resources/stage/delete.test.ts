import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('stage > delete', () => {
	const ac = useSandbox();

	it('delete', async () => {
		const deleted = await ac.run({ resource: 'stage', operation: 'delete', stage: rl('4') });
		expect(sent(ac, 'DELETE', '/dealStages/4')).toHaveLength(1);
		expect(deleted.json).toEqual([{ deleted: true, stage: '4' }]);
	});
});
