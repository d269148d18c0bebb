import { rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('deal > get', () => {
	const ac = useSandbox();

	it('get', async () => {
		const got = await ac.run({ resource: 'deal', operation: 'get', deal: rl('2') });
		expect(sent(ac, 'GET', '/deals/2')).toHaveLength(1);
		expect(got.json).toEqual([expect.objectContaining({ id: '2', value: 250000, valueAmount: 2500 })]);
	});

	describe('bad input', () => {
		it('unknown deal ID', async () => {
			const deal = await ac.run({ resource: 'deal', operation: 'get', deal: rl('9999') });
			expect(errorText(deal)).toContain('The deal 9999 was not found');
		});
	});
});
