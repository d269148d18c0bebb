import { bodyOf, rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('task > update', () => {
	const ac = useSandbox();

	it('update with the task type by name', async () => {
		const updated = await ac.run({ resource: 'task', operation: 'update', task: rl('2'), taskUpdateFields: { title: 'Send pack', taskType: rl('Call', 'name') } });
		expect(bodyOf(ac, 'PUT', '/dealTasks/2')).toEqual({ dealTask: { title: 'Send pack', dealTasktype: '1' } });
		expect(updated.json[0]).toMatchObject({ title: 'Send pack', dealTasktype: '1' });
	});
});
