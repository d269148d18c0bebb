import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('deal > delete', () => {
	const ac = useSandbox();

	it('delete by title', async () => {
		const deleted = await ac.run({ resource: 'deal', operation: 'delete', deal: rl('Deal 2: Support renewal', 'name') });
		expect(sent(ac, 'DELETE', '/deals/2')).toHaveLength(1);
		expect(deleted.json).toEqual([{ deleted: true, deal: '2' }]);
	});
});
