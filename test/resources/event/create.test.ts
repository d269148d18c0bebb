import { bodyOf } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('event > create', () => {
	const ac = useSandbox();

	it('creates an event name, trimmed', async () => {
		const created = await ac.run({ resource: 'event', operation: 'create', eventCreateName: ' purchased plan ' });
		expect(bodyOf(ac, 'POST', '/eventTrackingEvents')).toEqual({ eventTrackingEvent: { name: 'purchased plan' } });
		expect(created.json).toEqual([{ name: 'purchased plan' }]);
		const names = ac.sandbox.store.table('eventTrackingEvents').all().map((row) => row.name);
		expect(names).toContain('purchased plan');
	});

	it('an empty name fails naming the field, before any request', async () => {
		const result = await ac.run({ resource: 'event', operation: 'create', eventCreateName: '  ' });
		expect(errorText(result)).toContain('The field "Name" is required');
		expect(ac.sandbox.requests).toHaveLength(0);
	});
});
