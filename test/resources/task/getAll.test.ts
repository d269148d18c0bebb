import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('task > getAll', () => {
	const ac = useSandbox();

	it('getAll filtered by contact, status and task type', async () => {
		const listed = await ac.run({
			resource: 'task',
			operation: 'getAll',
			returnAll: true,
			taskFilters: { contact: rl('1'), status: 1, taskType: rl('Email', 'name') },
		});
		expect(sent(ac, 'GET', '/dealTasks')[0].query).toMatchObject({
			'filters[reltype]': 'Subscriber',
			'filters[relid]': '1',
			'filters[status]': '1',
			'filters[d_tasktypeid]': '2',
		});
		expect(listed.json.map((task) => task.id)).toEqual(['2']);
	});
});
