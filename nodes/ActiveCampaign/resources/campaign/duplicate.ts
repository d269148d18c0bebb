import type { OperationDefinition } from '../../shared/descriptions';
import { singleRoute } from '../../shared/routing/routes';
import { campaignId } from './shared';

export const duplicate: OperationDefinition = {
	option: {
		name: 'Duplicate',
		value: 'duplicate',
		action: 'Duplicate a campaign',
		description: 'Copy a campaign into a new draft; returns newCampaignId',
		routing: singleRoute({ method: 'POST', url: '/campaigns/{campaign}/copy' }, { preSend: [campaignId('/campaigns/{campaign}/copy')] }),
	},
};
