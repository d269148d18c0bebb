import { legacyResource } from '../../shared/descriptions';
import type { IExecuteSingleFunctions, IHttpRequestOptions, IN8nHttpFullResponse, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds, optionalRecordId } from '../../shared/locators/read';
import { setBody } from '../../shared/routing/body';
import { confirmDeleted, unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { webhookCreateFields } from './create';
import { webhookGetFields } from './get';
import { webhookGetAllFields } from './getAll';
import { webhookUpdateFields } from './update';

const webhookId = resolveIds([{ parameter: 'webhook', kind: RECORD_KINDS.webhook }], '/webhooks/{webhook}');
const one = [unwrapRecord('webhook')];

/** The list scope, chosen by name or ID, into `webhook.listid` (create, update) or `filters[listid]` (getAll). */
function listScope(path: string, into: 'body' | 'query') {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const list = await optionalRecordId(this, path, RECORD_KINDS.list);
		if (!list) return requestOptions;
		if (into === 'body') setBody(requestOptions, 'webhook', { listid: Number(list) });
		else requestOptions.qs = { ...(requestOptions.qs ?? {}), 'filters[listid]': list };
		return requestOptions;
	};
}

/** getEvents: one item per event name. */
async function eventItems(this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
	const events = ((response.body as { webhookEvents?: unknown[] })?.webhookEvents ?? []).map(String);
	return events.map((event) => ({ json: { event } }));
}

export const webhookDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['webhook'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a webhook',
				description: 'Make ActiveCampaign call a URL when chosen events happen (to receive them in n8n, use the ActiveCampaign Trigger node)',
				routing: singleRoute({ method: 'POST', url: '/webhooks' }, { preSend: [listScope('webhookAdditionalFields.list', 'body')], postReceive: one }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a webhook',
				description: 'Delete a webhook; ActiveCampaign stops calling its URL',
				routing: singleRoute({ method: 'DELETE', url: '/webhooks/{webhook}' }, { preSend: [webhookId], postReceive: [confirmDeleted('webhook', 'webhook')] }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a webhook',
				description: 'Get a webhook by name or ID',
				routing: singleRoute({ method: 'GET', url: '/webhooks/{webhook}' }, { preSend: [webhookId], postReceive: one }),
			},
			{
				name: 'Get Events',
				value: 'getEvents',
				action: 'Get the webhook event names',
				description: 'List the event names a webhook can subscribe to (one item per event)',
				routing: singleRoute({ method: 'GET', url: '/webhook/events' }, { postReceive: [eventItems] }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many webhooks',
				description: 'List webhooks, optionally by name, URL or list',
				routing: listRoute({ method: 'GET', url: '/webhooks' }, { preSend: [listScope('webhookFilters.list', 'query')], postReceive: [unwrapList('webhooks')] }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a webhook',
				description: 'Change the name, URL, events, sources or list of a webhook',
				routing: singleRoute({ method: 'PUT', url: '/webhooks/{webhook}' }, { preSend: [webhookId, listScope('webhookUpdateFields.list', 'body')], postReceive: one }),
			},
		],
		default: 'getAll',
	},
	...webhookCreateFields,
	...webhookGetFields,
	...webhookGetAllFields,
	...webhookUpdateFields,
	simplifyOption('webhook', ['create', 'get', 'getAll', 'update']),
];

/** Until this resource has one file per operation. */
export const webhook = legacyResource('Webhook', 'webhook', 'Webhooks that call a URL when events happen', webhookDescription);
