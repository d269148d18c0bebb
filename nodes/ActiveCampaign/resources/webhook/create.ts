import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { webhookEvents, webhookList, webhookSources, webhookUrl } from './shared';

const show = showFor('webhook', ['create']);

export const webhookCreateFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'webhookName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. New deals to CRM',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'webhook.name' } },
	},
	{ ...webhookUrl(true), displayOptions: show },
	{ ...webhookEvents(true), displayOptions: show },
	{ ...webhookSources(), displayOptions: show },
	{
		displayName: 'Additional Fields',
		name: 'webhookAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: [webhookList()],
	},
];
