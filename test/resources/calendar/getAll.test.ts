import { sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('calendar > getAll', () => {
	const ac = useSandbox();

	it('lists calendar feeds, one item per feed', async () => {
		const result = await ac.run({ resource: 'calendar', operation: 'getAll', returnAll: true });
		expect(result.json.map((calendar) => calendar.title)).toEqual(['Team calendar', 'Deal tasks']);
		expect(result.json[0].links).toBeUndefined();
	});

	it('Return All reads every page of 100; Limit stops early', async () => {
		for (let i = 0; i < 148; i++) ac.sandbox.store.table('calendars').insert({ _c: 0, _u: 0, title: `Feed ${i}`, type: 'All', notification: '0', userid: '1', token: 'x' });
		const all = await ac.run({ resource: 'calendar', operation: 'getAll', returnAll: true });
		expect(all.json).toHaveLength(150);
		expect(sent(ac, 'GET', '/calendars').map((request) => request.query.offset)).toEqual(['0', '100']);
		ac.clearRequests();
		const some = await ac.run({ resource: 'calendar', operation: 'getAll', limit: 3 });
		expect(some.json).toHaveLength(3);
		expect(sent(ac, 'GET', '/calendars')).toHaveLength(1);
	});
});
