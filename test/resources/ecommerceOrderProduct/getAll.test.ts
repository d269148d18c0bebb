import { useSandbox } from '../../helpers/sandbox';

describe('ecommerceOrderProduct > getAll', () => {
	const ac = useSandbox();

	it('getAll with a Limit', async () => {
		const all = await ac.run({ resource: 'ecommerceOrderProduct', operation: 'getAll', returnAll: false, limit: 1 });
		expect(all.json).toHaveLength(1);
	});
});
