import { rl } from '../../helpers/requests';
import { items } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('ecommerceCustomer > get', () => {
	const ac = useSandbox();

	describe('bad input', () => {
		it('unknown ID with Continue On Fail', async () => {
			const result = await ac.run(
				{ resource: 'ecommerceCustomer', operation: 'get', customer: rl('={{ $json.id }}') },
				{ input: items('77', '1'), settings: continueOnFail },
			);
			expect(String(result.json[0].error)).toContain('e-commerce customer 77 was not found');
			expect(result.json[1]).toMatchObject({ id: '1' });
		});
	});
});
