import { bodyOf, rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('deal > reopen', () => {
	const ac = useSandbox();

	it('reopen sets status 0', async () => {
		const result = await ac.run({ resource: 'deal', operation: 'reopen', deal: rl('1') });
		expect(bodyOf(ac, 'PUT', '/deals/1')).toEqual({ deal: { status: 0 } });
		expect(String(result.json[0].status)).toBe('0');
	});
});
