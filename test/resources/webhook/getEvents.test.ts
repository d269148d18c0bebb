import { sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('webhook > getEvents', () => {
	const ac = useSandbox();

	it('getEvents returns one item per event name', async () => {
		const result = await ac.run({ resource: 'webhook', operation: 'getEvents' });
		expect(sent(ac, 'GET', '/webhook/events')).toHaveLength(1);
		expect(result.json).toContainEqual({ event: 'deal_add' });
		expect(result.json.length).toBeGreaterThanOrEqual(25);
	});
});
