import { rl, sandboxApi, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('event > delete', () => {
	const ac = useSandbox();

	it('deletes an event picked by name (case ignored), its name encoded in the path', async () => {
		await sandboxApi(ac.sandbox, 'POST', '/eventTrackingEvents', { eventTrackingEvent: { name: 'Purchased Plan' } });
		ac.clearRequests();
		const deleted = await ac.run({ resource: 'event', operation: 'delete', eventDeleteName: rl('purchased plan', 'name') });
		expect(deleted.json).toEqual([{ deleted: true, event: 'Purchased Plan' }]);
		expect(sent(ac, 'DELETE', '/eventTrackingEvents/Purchased%20Plan')).toHaveLength(1);
		expect(ac.sandbox.store.table('eventTrackingEvents').all().map((row) => row.name)).not.toContain('Purchased Plan');
	});

	it('an unknown name fails naming it, and deletes nothing', async () => {
		const result = await ac.run({ resource: 'event', operation: 'delete', eventDeleteName: rl('nope', 'list') });
		expect(errorText(result)).toContain('No event named "nope" exists');
		expect(sent(ac, 'DELETE', /\/eventTrackingEvents\//)).toHaveLength(0);
	});
});
