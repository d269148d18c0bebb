import { rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('task > delete', () => {
	const ac = useSandbox();

	it('delete', async () => {
		const deleted = await ac.run({ resource: 'task', operation: 'delete', task: rl('2') });
		expect(deleted.json).toEqual([{ deleted: true, task: '2' }]);
	});
});
