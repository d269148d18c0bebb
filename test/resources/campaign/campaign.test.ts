import { bodyOf, rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('campaign: a campaign created, duplicated and deleted', () => {
	const ac = useSandbox();

	it('create, duplicate, delete', async () => {
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
});
