import { legacyResource } from '../../shared/descriptions';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds, optionalRecordId } from '../../shared/locators/read';
import { enrichRecords, confirmDeleted, unwrapList, unwrapRecord } from '../../shared/output';
import { sortIntoQuery } from '../../shared/routing/query';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { takeLimit } from '../../shared/routing/subLists';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { campaignCreateFields } from './create';
import { campaignGetFields } from './get';
import { campaignGetAllFields } from './getAll';
import { addCampaignReport } from './shared';

const campaignId = (template: string) => resolveIds([{ parameter: 'campaign', kind: RECORD_KINDS.campaign }], template);
const report = enrichRecords('campaign', addCampaignReport);

async function automationFilter(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const automation = await optionalRecordId(this, 'campaignFilters.automation', RECORD_KINDS.automation);
	if (automation) requestOptions.qs = { ...((requestOptions.qs ?? {}) as IDataObject), 'filters[seriesid]': automation };
	return requestOptions;
}

export const campaignDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['campaign'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a campaign',
				description: 'Create a draft campaign (its message, lists and schedule are set in ActiveCampaign)',
				routing: singleRoute({ method: 'POST', url: '/campaign' }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a campaign',
				description: 'Delete a campaign',
				routing: singleRoute(
					{ method: 'DELETE', url: '/campaigns/{campaign}/delete' },
					{ preSend: [campaignId('/campaigns/{campaign}/delete')], postReceive: [confirmDeleted('campaign', 'campaign')] },
				),
			},
			{
				name: 'Duplicate',
				value: 'duplicate',
				action: 'Duplicate a campaign',
				description: 'Copy a campaign into a new draft; returns newCampaignId',
				routing: singleRoute({ method: 'POST', url: '/campaigns/{campaign}/copy' }, { preSend: [campaignId('/campaigns/{campaign}/copy')] }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a campaign',
				description: 'Get a campaign with its report: sends, opens, unique opens, clicks, bounces, unsubscribes, open and click rates',
				routing: singleRoute(
					{ method: 'GET', url: '/campaigns/{campaign}' },
					{ preSend: [campaignId('/campaigns/{campaign}')], postReceive: [unwrapRecord('campaign'), report] },
				),
			},
			{
				name: 'Get Links',
				value: 'getLinks',
				action: 'Get the links of a campaign',
				description: 'List the tracked links of a campaign (one item per link)',
				routing: singleRoute(
					{ method: 'GET', url: '/campaigns/{campaign}/links' },
					{ preSend: [campaignId('/campaigns/{campaign}/links')], postReceive: [unwrapList('links'), takeLimit()] },
				),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many campaigns',
				description: 'List campaigns with their report counters, optionally those of one automation',
				routing: listRoute(
					{ method: 'GET', url: '/campaigns' },
					{ preSend: [automationFilter, sortIntoQuery('campaignFilters.sortBy', 'campaignFilters.sortDirection')], postReceive: [unwrapList('campaigns'), report] },
				),
			},
		],
		default: 'getAll',
	},
	...campaignCreateFields,
	...campaignGetFields,
	...campaignGetAllFields,
	simplifyOption('campaign', ['get', 'getAll', 'getLinks']),
];

/** Until this resource has one file per operation. */
export const campaign = legacyResource('Campaign', 'campaign', 'Email campaigns with their report counters', campaignDescription);
