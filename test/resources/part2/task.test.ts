import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { bodyOf, errorText, items, rl, sent } from './helpers';

describe('task', () => {
	const ac = useSandbox();

	it('create on a deal with the task type and assignee by name and a due date-time', async () => {
		const result = await ac.run({
			resource: 'task',
			operation: 'create',
			attachTo: 'deal',
			taskDeal: rl('1'),
			taskType: rl('meeting', 'name'),
			dueDate: '2026-07-01T09:30:00+02:00',
			taskAdditionalFields: { title: 'Kick-off', note: 'Agenda attached', assignee: rl('Alice Smith', 'name') },
		});
		expect(bodyOf(ac, 'POST', '/dealTasks')).toEqual({
			dealTask: { relid: '1', ownerType: 'deal', dealTasktype: '4', assignee: '3', duedate: '2026-07-01T09:30:00+02:00', title: 'Kick-off', note: 'Agenda attached' },
		});
		expect(result.json[0]).toMatchObject({ title: 'Kick-off', reltype: 'Deal', relid: '1', dealTasktype: '4', status: '0' });
	});

	it('create on a contact by email', async () => {
		const result = await ac.run({
			resource: 'task',
			operation: 'create',
			attachTo: 'contact',
			taskContact: rl('ada.lovelace@example.org', 'email'),
			taskType: rl('1'),
			dueDate: '2026-07-02T10:00:00Z',
		});
		expect(bodyOf(ac, 'POST', '/dealTasks').dealTask).toMatchObject({ relid: '1', ownerType: 'contact', dealTasktype: '1' });
		expect(result.json[0]).toMatchObject({ reltype: 'Subscriber', relid: '1' });
	});

	it('complete with an outcome, get, getAll filtered, update, delete', async () => {
		const done = await ac.run({ resource: 'task', operation: 'complete', task: rl('1'), completeOptions: { outcomeInfo: 'Went well' } });
		expect(bodyOf(ac, 'PUT', '/dealTasks/1')).toEqual({ dealTask: { status: 1, outcomeInfo: 'Went well' } });
		expect(String(done.json[0].status)).toBe('1');
		const got = await ac.run({ resource: 'task', operation: 'get', task: rl('2') });
		expect(got.json[0]).toMatchObject({ id: '2', title: 'Send welcome pack' });
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
		const updated = await ac.run({ resource: 'task', operation: 'update', task: rl('2'), taskUpdateFields: { title: 'Send pack', taskType: rl('Call', 'name') } });
		expect(bodyOf(ac, 'PUT', '/dealTasks/2')).toEqual({ dealTask: { title: 'Send pack', dealTasktype: '1' } });
		expect(updated.json[0]).toMatchObject({ title: 'Send pack', dealTasktype: '1' });
		const deleted = await ac.run({ resource: 'task', operation: 'delete', task: rl('2') });
		expect(deleted.json).toEqual([{ deleted: true, task: '2' }]);
	});

	it('bad input: missing due date, unknown task type name, unknown task with Continue On Fail', async () => {
		await expect(
			ac.run({ resource: 'task', operation: 'create', attachTo: 'deal', taskDeal: rl('1'), taskType: rl('1'), dueDate: '' }),
		).rejects.toThrow(/Due Date/);
		expect(
			errorText(await ac.run({ resource: 'task', operation: 'create', attachTo: 'deal', taskDeal: rl('1'), taskType: rl('Yoga', 'name'), dueDate: '2026-07-01T09:00:00Z' })),
		).toContain('No task type named "Yoga"');
		const result = await ac.run(
			{ resource: 'task', operation: 'complete', task: rl('={{ $json.id }}') },
			{ input: items('1', '500'), settings: continueOnFail },
		);
		expect(result.json[0]).toMatchObject({ id: '1' });
		expect(String(result.json[1].error)).toContain('task 500 was not found');
	});
});
