import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { webhookId } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a webhook',
		description: 'Get a webhook by name or ID',
		routing: singleRoute({ method: 'GET', url: '/webhooks/{webhook}' }, { preSend: [webhookId], postReceive: [unwrapRecord('webhook')] }),
	},
	simplify: true,
};
