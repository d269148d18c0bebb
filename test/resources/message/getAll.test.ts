import { sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('message > getAll', () => {
	const ac = useSandbox();

	it('getAll with a Limit', async () => {
		const all = await ac.run({ resource: 'message', operation: 'getAll', returnAll: false, limit: 1 });
		expect(sent(ac, 'GET', '/messages')[0].query).toMatchObject({ limit: '1' });
		expect(all.json).toHaveLength(1);
	});
});
