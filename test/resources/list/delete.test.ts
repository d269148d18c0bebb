import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('list > delete', () => {
	const ac = useSandbox();

	it('deletes a list picked by name and reports its ID', async () => {
		const result = await ac.run({ resource: 'list', operation: 'delete', list: rl('Customers', 'name') });
		expect(sent(ac, 'DELETE', '/lists/3')).toHaveLength(1);
		expect(result.json).toEqual([{ deleted: true, list: '3' }]);
	});
});
