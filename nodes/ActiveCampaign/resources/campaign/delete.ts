import type { OperationDefinition } from '../../shared/descriptions';
import { confirmDeleted } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { campaignId } from './shared';

export const deleteCampaign: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a campaign',
		description: 'Delete a campaign',
		routing: singleRoute(
			{ method: 'DELETE', url: '/campaigns/{campaign}/delete' },
			{ preSend: [campaignId('/campaigns/{campaign}/delete')], postReceive: [confirmDeleted('campaign', 'campaign')] },
		),
	},
};
