import { bodyOf } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('calendar > create', () => {
	const ac = useSandbox();

	it('creates a calendar feed with its type and notifications', async () => {
		const result = await ac.run({
			resource: 'calendar',
			operation: 'create',
			calendarTitle: 'Sales team tasks',
			calendarType: 'Deals',
			calendarAdditionalFields: { notification: true },
		});
		expect(bodyOf(ac, 'POST', '/calendars')).toEqual({ calendar: { title: 'Sales team tasks', type: 'Deals', notification: true } });
		expect(result.json[0]).toMatchObject({ title: 'Sales team tasks', type: 'Deals', notification: 1, id: '3' });
		expect(typeof result.json[0].token).toBe('string');
		expect(result.json[0].links).toBeUndefined();
	});

	it('sends type All by default and no notification unless asked', async () => {
		await ac.run({ resource: 'calendar', operation: 'create', calendarTitle: 'Everything' });
		expect(bodyOf(ac, 'POST', '/calendars')).toEqual({ calendar: { title: 'Everything', type: 'All' } });
	});

	describe('bad input', () => {
		it('names a missing title', async () => {
			const result = await ac.run({ resource: 'calendar', operation: 'create', calendarTitle: '={{ "" }}' });
			expect(errorText(result)).toContain('field "title"');
		});
	});
});
