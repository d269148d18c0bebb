import { rl } from '../../helpers/requests';
import { items } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('ecommerceOrder > get', () => {
	const ac = useSandbox();

	it('get, with amounts', async () => {
		expect((await ac.run({ resource: 'ecommerceOrder', operation: 'get', order: rl('1') })).json[0]).toMatchObject({ id: '1', totalPrice: 9111, totalPriceAmount: 91.11 });
	});

	describe('bad input', () => {
		it('unknown ID with Continue On Fail', async () => {
			const result = await ac.run(
				{ resource: 'ecommerceOrder', operation: 'get', order: rl('={{ $json.id }}') },
				{ input: items('1', '31'), settings: continueOnFail },
			);
			expect(result.json[0]).toMatchObject({ id: '1' });
			expect(String(result.json[1].error)).toContain('e-commerce order 31 was not found');
		});
	});
});
