import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('deal > getAll', () => {
	const ac = useSandbox();

	it('getAll: pipeline and stage filters, other filters, order and limit', async () => {
		const result = await ac.run({
			resource: 'deal',
			operation: 'getAll',
			returnAll: true,
			dealFilters: { pipeline: rl('1', 'list'), stage: rl('To Contact', 'name'), status: '0', minimumValue: 100, updatedAfter: '2020-01-01T00:00:00' },
			sort: { orderBy: 'value', direction: 'DESC' },
		});
		expect(result.error).toBeUndefined();
		const [request] = sent(ac, 'GET', '/deals');
		expect(request.query).toMatchObject({
			'filters[group]': '1',
			'filters[stage]': '1',
			'filters[status]': '0',
			'filters[minimum_value]': '100',
			'filters[updated_after]': '2020-01-01T00:00:00',
			'orders[value]': 'DESC',
			limit: '100',
		});
		expect(result.json.length).toBeGreaterThan(0);
		for (const deal of result.json) expect(deal).toMatchObject({ group: '1', stage: '1', status: 0, statusLabel: 'open' });
		const limited = await ac.run({ resource: 'deal', operation: 'getAll', returnAll: false, limit: 3 });
		expect(limited.json).toHaveLength(3);
	});
});
