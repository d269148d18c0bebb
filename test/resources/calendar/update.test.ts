import { bodyOf, rl } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('calendar > update', () => {
	const ac = useSandbox();

	it('renames a feed picked by title and changes its type and notifications', async () => {
		const result = await ac.run({
			resource: 'calendar',
			operation: 'update',
			calendar: rl('Team calendar', 'name'),
			calendarUpdateFields: { title: 'Whole team', type: 'Contacts', notification: false },
		});
		expect(bodyOf(ac, 'PUT', '/calendars/1')).toEqual({ calendar: { title: 'Whole team', type: 'Contacts', notification: false } });
		expect(result.json[0]).toMatchObject({ id: '1', title: 'Whole team', type: 'Contacts', notification: 0 });
		expect(ac.sandbox.store.table('calendars').get('1')?.title).toBe('Whole team');
	});

	describe('bad input', () => {
		it('names an unknown feed', async () => {
			const result = await ac.run({ resource: 'calendar', operation: 'update', calendar: rl('77'), calendarUpdateFields: { title: 'x' } });
			expect(errorText(result)).toContain('calendar feed 77 was not found');
		});
	});
});
