import { bodyOf, rl } from '../../helpers/requests';
import { items } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('deal > markWon', () => {
	const ac = useSandbox();

	it('markWon sets status 1', async () => {
		const result = await ac.run({ resource: 'deal', operation: 'markWon', deal: rl('1') });
		expect(bodyOf(ac, 'PUT', '/deals/1')).toEqual({ deal: { status: 1 } });
		expect(String(result.json[0].status)).toBe('1');
	});

	describe('bad input', () => {
		it('Continue On Fail: the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'deal', operation: 'markWon', deal: rl('={{ $json.id }}') },
				{ input: items('1', '9999', '3'), settings: continueOnFail },
			);
			expect(result.json).toHaveLength(3);
			expect(result.json[0]).toMatchObject({ id: '1' });
			expect(String(result.json[1].error)).toContain('deal 9999 was not found');
			expect(result.json[2]).toMatchObject({ id: '3' });
		});
	});
});
