import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { bodyOf, errorText, items, rl, sent } from './helpers';

describe('campaign', () => {
	const ac = useSandbox();

	it('get adds the report counters under clear names next to the raw fields', async () => {
		const result = await ac.run({ resource: 'campaign', operation: 'get', campaign: rl('May Newsletter', 'name') });
		const id = ac.sandbox.store.t('campaigns').find((campaign) => campaign.name === 'May Newsletter')?.id;
		expect(sent(ac, 'GET', `/campaigns/${id}`)).toHaveLength(1);
		expect(result.json[0]).toMatchObject({
			id,
			send_amt: '1200',
			uniqueopens: '512',
			sends: 1200,
			opens: 640,
			uniqueOpens: 512,
			clicks: 230,
			uniqueClicks: 180,
			hardBounces: 4,
			softBounces: 9,
			bounces: 13,
			unsubscribes: 3,
			openRate: 42.67,
			clickRate: 15,
		});
	});

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

	it('getLinks, create, duplicate, delete', async () => {
		const links = await ac.run({ resource: 'campaign', operation: 'getLinks', campaign: rl('Welcome Email', 'name'), returnAll: true });
		expect(sent(ac, 'GET', '/campaigns/1/links')).toHaveLength(1);
		expect(links.json.map((link) => link.name)).toEqual(['Read Tracker', 'Pricing']);
		const created = await ac.run({ resource: 'campaign', operation: 'create', campaignName: 'June', campaignType: 'single' });
		expect(bodyOf(ac, 'POST', '/campaign')).toEqual({ name: 'June', type: 'single', canSplitContent: false });
		expect(created.json[0]).toMatchObject({ id: 4, name: 'June', type: 'single' });
		const copy = await ac.run({ resource: 'campaign', operation: 'duplicate', campaign: rl('1') });
		expect(sent(ac, 'POST', '/campaigns/1/copy')).toHaveLength(1);
		expect(copy.json[0]).toMatchObject({ succeeded: 1, newCampaignId: 5 });
		const deleted = await ac.run({ resource: 'campaign', operation: 'delete', campaign: rl('June', 'name') });
		expect(sent(ac, 'DELETE', '/campaigns/4/delete')).toHaveLength(1);
		expect(deleted.json).toEqual([{ deleted: true, campaign: '4' }]);
	});

	it('bad input: empty name from an expression, unknown name, unknown ID with Continue On Fail', async () => {
		expect(errorText(await ac.run({ resource: 'campaign', operation: 'create', campaignName: '={{ $json.name }}', campaignType: 'single' }))).toContain(
			'Field name is required',
		);
		expect(errorText(await ac.run({ resource: 'campaign', operation: 'get', campaign: rl('Nope', 'name') }))).toContain('No campaign named "Nope"');
		const result = await ac.run(
			{ resource: 'campaign', operation: 'get', campaign: rl('={{ $json.id }}') },
			{ input: items('1', '42'), settings: continueOnFail },
		);
		expect(result.json[0]).toMatchObject({ id: '1', name: 'Welcome Email', sends: 340 });
		expect(String(result.json[1].error)).toContain('campaign 42 was not found');
	});
});
