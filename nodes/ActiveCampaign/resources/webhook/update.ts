import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { webhookEvents, webhookList, webhookSources, webhookUrl } from './shared';

export const webhookUpdateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'webhookUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('webhook', ['update']),
		options: [
			webhookEvents(false),
			webhookList(),
			{ displayName: 'Name', name: 'name', type: 'string', default: '', routing: { send: { type: 'body', property: 'webhook.name' } } },
			webhookSources(),
			webhookUrl(false),
		],
	},
];
