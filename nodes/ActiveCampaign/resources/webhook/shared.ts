import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { optionalRecordId, resolveIds } from '../../shared/locators/read';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { setBody } from '../../shared/routing/body';
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

/** The webhook picker of every operation on one webhook. */
export const webhookSharedFields = [{ ...webhookLocator, displayOptions: showFor('webhook', ['get', 'update', 'delete']) }];

/** preSend: the picked webhook's ID into `/webhooks/{webhook}`. */
export const webhookId = resolveIds([{ parameter: 'webhook', kind: RECORD_KINDS.webhook }], '/webhooks/{webhook}');

/** The list scope, chosen by name or ID, into `webhook.listid` (create, update) or `filters[listid]` (getAll). */
export function listScope(path: string, into: 'body' | 'query') {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const list = await optionalRecordId(this, path, RECORD_KINDS.list);
		if (!list) return requestOptions;
		if (into === 'body') setBody(requestOptions, 'webhook', { listid: Number(list) });
		else requestOptions.qs = { ...(requestOptions.qs ?? {}), 'filters[listid]': list };
		return requestOptions;
	};
}

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
