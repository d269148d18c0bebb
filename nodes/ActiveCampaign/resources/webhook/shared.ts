import type { INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../shared/locators/property';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { DOCUMENTED_EVENTS, EXTRA_EVENTS, eventOptions, LIST_SCOPE_NOTE, SOURCE_OPTIONS } from '../../../ActiveCampaignTrigger/events';
import { listLocator } from '../list/shared';

export const webhookLocator = recordLocator({
	name: 'webhook',
	displayName: 'Webhook',
	kind: RECORD_KINDS.webhook,
	searchListMethod: 'searchWebhooks',
	byText: 'name',
	description: 'The webhook, picked from the list, by ID, or by its name',
});

const body = (property: string) => ({ send: { type: 'body' as const, property: `webhook.${property}` } });

export const webhookEvents = (required: boolean): INodeProperties => ({
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	options: eventOptions([...DOCUMENTED_EVENTS, ...EXTRA_EVENTS]),
	default: [],
	required,
	description: 'The events that make ActiveCampaign call the URL',
	routing: body('events'),
});

export const webhookSources = (): INodeProperties => ({
	displayName: 'Sources',
	name: 'sources',
	type: 'multiOptions',
	options: SOURCE_OPTIONS,
	default: ['public', 'admin', 'api', 'system'],
	description: 'Who or what must cause the event for the webhook to fire',
	routing: body('sources'),
});

export const webhookList = (): INodeProperties => ({ ...listLocator, required: false, description: LIST_SCOPE_NOTE });

export const webhookUrl = (required: boolean): INodeProperties => ({
	displayName: 'URL',
	name: 'url',
	type: 'string',
	default: '',
	required,
	placeholder: 'https://example.com/hooks/activecampaign',
	description: 'Where ActiveCampaign sends the events (HTTPS only on port 443)',
	routing: body('url'),
});
