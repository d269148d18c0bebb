import type { OperationDefinition } from '../../shared/descriptions';
import { confirmDeleted } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { webhookId } from './shared';

export const deleteWebhook: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a webhook',
		description: 'Delete a webhook; ActiveCampaign stops calling its URL',
		routing: singleRoute({ method: 'DELETE', url: '/webhooks/{webhook}' }, { preSend: [webhookId], postReceive: [confirmDeleted('webhook', 'webhook')] }),
	},
};
