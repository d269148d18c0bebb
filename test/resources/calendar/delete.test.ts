import { rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('calendar > delete', () => {
	const ac = useSandbox();

	it('deletes a feed picked by title', async () => {
		const result = await ac.run({ resource: 'calendar', operation: 'delete', calendar: rl('Deal tasks', 'name') });
		expect(sent(ac, 'DELETE', '/calendars/2')).toHaveLength(1);
		expect(result.json[0]).toEqual({ deleted: true, calendar: '2' });
		expect(ac.sandbox.store.table('calendars').get('2')).toBeUndefined();
	});

	describe('bad input', () => {
		it('names an unknown feed', async () => {
			expect(errorText(await ac.run({ resource: 'calendar', operation: 'delete', calendar: rl('55') }))).toContain('calendar feed 55 was not found');
		});
	});
});
