import { bodyOf, rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('deal > markLost', () => {
	const ac = useSandbox();

	it('markLost sets status 2', async () => {
		const result = await ac.run({ resource: 'deal', operation: 'markLost', deal: rl('1') });
		expect(bodyOf(ac, 'PUT', '/deals/1')).toEqual({ deal: { status: 2 } });
		expect(String(result.json[0].status)).toBe('2');
	});
});
