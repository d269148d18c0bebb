import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { returnAllAndLimit, SORT_DIRECTION_OPTIONS, type OperationDefinition } from '../../shared/descriptions';
import { userLocator } from '../../shared/locators/property';
import { optionalRecordId, parameterGiven } from '../../shared/locators/read';
import { enrichRecords, unwrapList } from '../../shared/output';
import { resolveStage } from '../../shared/pipelines';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute } from '../../shared/routing/routes';
import { pipelineLocator } from '../pipeline/shared';
import { stageLocator } from '../stage/shared';
import { dealAmounts, DEAL_STATUS_OPTIONS } from './shared';

const query = (property: string) => ({ send: { type: 'query' as const, property, propertyInDotNotation: false } });

/** preSend: the filters that are records (pipeline, stage, owner) and the sort order. */
async function dealListQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const qs = (requestOptions.qs ?? {}) as IDataObject;
	const pipeline = await optionalRecordId(this, 'dealFilters.pipeline', RECORD_KINDS.pipeline);
	if (pipeline) qs['filters[group]'] = pipeline;
	if (parameterGiven(this, 'dealFilters.stage')) qs['filters[stage]'] = await resolveStage(this, 'dealFilters.stage', pipeline, false);
	const owner = await optionalRecordId(this, 'dealFilters.owner', RECORD_KINDS.user);
	if (owner) qs['filters[owner]'] = owner;
	const sort = this.getNodeParameter('sort', {}) as IDataObject;
	if (sort.orderBy) qs[`orders[${String(sort.orderBy)}]`] = String(sort.direction ?? 'ASC');
	requestOptions.qs = qs;
	return requestOptions;
}

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many deals',
		description: 'List deals, filtered by pipeline, stage, owner, status, text, dates or value',
		routing: listRoute(
			{ method: 'GET', url: '/deals' },
			{ preSend: [dealListQuery], postReceive: [unwrapList('deals'), enrichRecords('deals', dealAmounts)] },
		),
	},
	fields: [
		...returnAllAndLimit('deal', 'getAll'),
		{
			displayName: 'Filters',
			name: 'dealFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Created After',
					name: 'createdAfter',
					type: 'dateTime',
					default: '',
					routing: query('filters[created_after]'),
				},
				{
					displayName: 'Created Before',
					name: 'createdBefore',
					type: 'dateTime',
					default: '',
					routing: query('filters[created_before]'),
				},
				{
					displayName: 'Maximum Value',
					name: 'maximumValue',
					type: 'number',
					typeOptions: { minValue: 0, numberPrecision: 2 },
					default: 0,
					description: 'Only deals worth at most this amount (in currency units, e.g. 5000)',
					routing: query('filters[maximum_value]'),
				},
				{
					displayName: 'Minimum Value',
					name: 'minimumValue',
					type: 'number',
					typeOptions: { minValue: 0, numberPrecision: 2 },
					default: 0,
					description: 'Only deals worth at least this amount (in currency units, e.g. 1000)',
					routing: query('filters[minimum_value]'),
				},
				userLocator('owner', 'Owner', 'Only deals owned by this user (username, email or full name)'),
				pipelineLocator('pipeline', false),
				{
					displayName: 'Search',
					name: 'search',
					type: 'string',
					default: '',
					description: 'Only deals whose title, contact or account contains this text',
					routing: query('filters[search]'),
				},
				{
					displayName: 'Search In',
					name: 'searchField',
					type: 'options',
					options: [
						{ name: 'All', value: 'all' },
						{ name: 'Title', value: 'title' },
						{ name: 'Contact', value: 'contact' },
						{ name: 'Account', value: 'org' },
					],
					default: 'all',
					description: 'Which text Search looks in',
					routing: query('filters[search_field]'),
				},
				stageLocator('stage', false, 'Only deals in this stage (of the chosen pipeline when one is chosen)'),
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: DEAL_STATUS_OPTIONS,
					default: '0',
					routing: query('filters[status]'),
				},
				{
					displayName: 'Tag',
					name: 'tag',
					type: 'string',
					default: '',
					description: "Only deals whose primary contact has this tag (the tag's name)",
					routing: query('filters[tag]'),
				},
				{
					displayName: 'Updated After',
					name: 'updatedAfter',
					type: 'dateTime',
					default: '',
					description: 'Only deals changed after this time: use the time of the last run for incremental syncs',
					routing: query('filters[updated_after]'),
				},
				{
					displayName: 'Updated Before',
					name: 'updatedBefore',
					type: 'dateTime',
					default: '',
					routing: query('filters[updated_before]'),
				},
			],
		},
		{
			displayName: 'Sort',
			name: 'sort',
			type: 'collection',
			placeholder: 'Add Sort',
			default: {},
			options: [
				{
					displayName: 'Order By',
					name: 'orderBy',
					type: 'options',
					options: [
						{ name: 'Account Name', value: 'contact_orgname' },
						{ name: 'Contact Name', value: 'contact_name' },
						{ name: 'Created Date', value: 'cdate' },
						{ name: 'Next Action', value: 'next-action' },
						{ name: 'Title', value: 'title' },
						{ name: 'Value', value: 'value' },
					],
					default: 'cdate',
				},
				{
					displayName: 'Direction',
					name: 'direction',
					type: 'options',
					options: SORT_DIRECTION_OPTIONS,
					default: 'ASC',
				},
			],
		},
	],
	simplify: true,
};
