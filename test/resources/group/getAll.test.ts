import { sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('group > getAll', () => {
	const ac = useSandbox();

	it('lists user groups, one item per group', async () => {
		const result = await ac.run({ resource: 'group', operation: 'getAll', returnAll: true });
		expect(result.json.map((group) => group.title)).toEqual(['Admin', 'Sales Team']);
		expect(sent(ac, 'GET', '/groups')).toHaveLength(1);
	});

	it('Limit returns that many; Simplify off keeps links', async () => {
		const result = await ac.run({ resource: 'group', operation: 'getAll', limit: 1, simplify: false });
		expect(result.json).toHaveLength(1);
		expect(result.json[0].links).toBeDefined();
	});
});
