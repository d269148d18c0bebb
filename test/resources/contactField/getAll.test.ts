import { sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('contactField > getAll', () => {
	const ac = useSandbox();

	it('lists fields with Limit and with a perstag filter', async () => {
		const limited = await ac.run({ resource: 'contactField', operation: 'getAll', limit: 3 });
		expect(limited.json).toHaveLength(3);
		expect(sent(ac, 'GET', '/fields')[0].query).toMatchObject({ limit: '3', offset: '0' });

		ac.clearRequests();
		const filtered = await ac.run({ resource: 'contactField', operation: 'getAll', returnAll: true, contactFieldFilters: { perstag: 'BIO' } });
		expect(sent(ac, 'GET', '/fields')[0].query).toMatchObject({ 'filters[perstag]': 'BIO', limit: '100' });
		expect(filtered.json).toEqual([expect.objectContaining({ title: 'Bio' })]);
	});
});
