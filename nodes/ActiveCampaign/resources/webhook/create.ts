import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { listScope, webhookEvents, webhookList, webhookSources, webhookUrl } from './shared';

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a webhook',
		description: 'Make ActiveCampaign call a URL when chosen events happen (to receive them in n8n, use the ActiveCampaign Trigger node)',
		routing: singleRoute({ method: 'POST', url: '/webhooks' }, { preSend: [listScope('webhookAdditionalFields.list', 'body')], postReceive: [unwrapRecord('webhook')] }),
	},
	fields: [
		{
			displayName: 'Name',
			name: 'webhookName',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. New deals to CRM',
			routing: { send: { type: 'body', property: 'webhook.name' } },
		},
		webhookUrl(true),
		webhookEvents(true),
		webhookSources(),
		{
			displayName: 'Additional Fields',
			name: 'webhookAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [webhookList()],
		},
	],
	simplify: true,
};
