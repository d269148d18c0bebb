import { sandboxApi } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('event > getAll', () => {
	const ac = useSandbox();

	it('lists every event name, and pages with a Limit', async () => {
		for (let i = 0; i < 3; i++) await sandboxApi(ac.sandbox, 'POST', '/eventTrackingEvents', { eventTrackingEvent: { name: `event ${i}` } });
		const all = await ac.run({ resource: 'event', operation: 'getAll', returnAll: true });
		expect(all.json).toEqual([{ name: '__pagevisit' }, { name: '__redir' }, { name: 'event 0' }, { name: 'event 1' }, { name: 'event 2' }]);
		const two = await ac.run({ resource: 'event', operation: 'getAll', returnAll: false, limit: 2 });
		expect(two.json).toEqual([{ name: '__pagevisit' }, { name: '__redir' }]);
	});
});
