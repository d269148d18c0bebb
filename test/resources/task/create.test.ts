import { bodyOf, rl } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('task > create', () => {
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
		expect(result.json[0]).toMatchObject({ title: 'Kick-off', reltype: 'Deal', relid: '1', dealTasktype: '4', status: 0, statusLabel: 'incomplete' });
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

	describe('bad input', () => {
		it('missing due date, unknown task type name', async () => {
			await expect(
				ac.run({ resource: 'task', operation: 'create', attachTo: 'deal', taskDeal: rl('1'), taskType: rl('1'), dueDate: '' }),
			).rejects.toThrow(/Due Date/);
			expect(
				errorText(await ac.run({ resource: 'task', operation: 'create', attachTo: 'deal', taskDeal: rl('1'), taskType: rl('Yoga', 'name'), dueDate: '2026-07-01T09:00:00Z' })),
			).toContain('No task type named "Yoga"');
		});
	});
});
