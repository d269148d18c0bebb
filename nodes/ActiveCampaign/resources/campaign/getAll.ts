import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { returnAllAndLimit, SORT_DIRECTION_OPTIONS, type OperationDefinition } from '../../shared/descriptions';
import { optionalRecordId } from '../../shared/locators/read';
import { unwrapList } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { sortIntoQuery } from '../../shared/routing/query';
import { listRoute } from '../../shared/routing/routes';
import { automationLocator } from '../automation/shared';
import { campaignListReport } from './shared';

async function automationFilter(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const automation = await optionalRecordId(this, 'campaignFilters.automation', RECORD_KINDS.automation);
	if (automation) requestOptions.qs = { ...((requestOptions.qs ?? {}) as IDataObject), 'filters[seriesid]': automation };
	return requestOptions;
}

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many campaigns',
		description: 'List campaigns with their report counters, optionally those of one automation',
		routing: listRoute(
			{ method: 'GET', url: '/campaigns' },
			{ preSend: [automationFilter, sortIntoQuery('campaignFilters.sortBy', 'campaignFilters.sortDirection')], postReceive: [campaignListReport, unwrapList('campaigns')] },
		),
	},
	fields: [
		...returnAllAndLimit('campaign', 'getAll'),
		{
			displayName: 'Filters',
			name: 'campaignFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ ...automationLocator, required: false, description: 'Only campaigns sent by this automation' },
				{
					displayName: 'Sort By',
					name: 'sortBy',
					type: 'options',
					options: [
						{ name: 'Last Sent Date', value: 'ldate' },
						{ name: 'Send Date', value: 'sdate' },
					],
					default: 'sdate',
				},
				{
					displayName: 'Sort Direction',
					name: 'sortDirection',
					type: 'options',
					options: SORT_DIRECTION_OPTIONS,
					default: 'DESC',
				},
			],
		},
	],
	simplify: true,
};
