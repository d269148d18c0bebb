import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { listScope, webhookEvents, webhookId, webhookList, webhookSources, webhookUrl } from './shared';

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a webhook',
		description: 'Change the name, URL, events, sources or list of a webhook',
		routing: singleRoute(
			{ method: 'PUT', url: '/webhooks/{webhook}' },
			{ preSend: [webhookId, listScope('webhookUpdateFields.list', 'body')], postReceive: [unwrapRecord('webhook')] },
		),
	},
	fields: [
		{
			displayName: 'Update Fields',
			name: 'webhookUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				webhookEvents(false),
				webhookList(),
				{ displayName: 'Name', name: 'name', type: 'string', default: '', routing: { send: { type: 'body', property: 'webhook.name' } } },
				webhookSources(),
				webhookUrl(false),
			],
		},
	],
	simplify: true,
};
