import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('campaign > getLinks', () => {
	const ac = useSandbox();

	it('lists the links of a campaign picked by name', async () => {
		const links = await ac.run({ resource: 'campaign', operation: 'getLinks', campaign: rl('Welcome Email', 'name'), returnAll: true });
		expect(sent(ac, 'GET', '/campaigns/1/links')).toHaveLength(1);
		expect(links.json.map((link) => link.name)).toEqual(['Read Tracker', 'Pricing']);
	});
});
