import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('campaign > getAll', () => {
	const ac = useSandbox();

	it('getAll of an automation, sorted; rates are 0 without sends', async () => {
		const result = await ac.run({
			resource: 'campaign',
			operation: 'getAll',
			returnAll: true,
			campaignFilters: { automation: rl('Welcome Series', 'name'), sortBy: 'sdate', sortDirection: 'DESC' },
		});
		expect(sent(ac, 'GET', '/campaigns')[0].query).toMatchObject({ 'filters[seriesid]': '1', 'orders[sdate]': 'DESC' });
		expect(result.json.map((campaign) => campaign.name)).toEqual(['Welcome Email']);
		const all = await ac.run({ resource: 'campaign', operation: 'getAll', returnAll: true });
		expect(all.json.find((campaign) => campaign.name === 'Summer Sale (draft)')).toMatchObject({ sends: 0, openRate: 0, clickRate: 0 });
	});
});
