import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { takeLimit } from '../../shared/routing/subLists';
import { campaignId } from './shared';

export const getLinks: OperationDefinition = {
	option: {
		name: 'Get Links',
		value: 'getLinks',
		action: 'Get the links of a campaign',
		description: 'List the tracked links of a campaign (one item per link)',
		routing: singleRoute(
			{ method: 'GET', url: '/campaigns/{campaign}/links' },
			{ preSend: [campaignId('/campaigns/{campaign}/links')], postReceive: [unwrapList('links'), takeLimit()] },
		),
	},
	fields: returnAllAndLimit('campaign', 'getLinks'),
	simplify: true,
};
