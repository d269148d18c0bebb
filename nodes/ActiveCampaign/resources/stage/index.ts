import { legacyResource } from '../../shared/descriptions';
import type { INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { enrichRecords, confirmDeleted, unwrapList, unwrapRecord } from '../../shared/output';
import { locatorIntoQuery } from '../../shared/routing/query';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { dealAmounts } from '../deal/shared';
import { stageCreateFields } from './create';
import { stageGetFields } from './get';
import { stageGetAllFields } from './getAll';
import { stageIdInto, targetInSamePipeline } from './shared';
import { stageUpdateFields } from './update';

const one = [unwrapRecord('dealStage')];

export const stageDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['stage'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a stage',
				description: 'Add a stage to a pipeline',
				routing: singleRoute(
					{ method: 'POST', url: '/dealStages' },
					{ preSend: [resolveIds([{ parameter: 'stagePipeline', kind: RECORD_KINDS.pipeline, bodyPath: 'dealStage.group' }])], postReceive: one },
				),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a stage',
				description: 'Delete a stage of a pipeline',
				routing: singleRoute({ method: 'DELETE', url: '/dealStages/{stage}' }, { preSend: [stageIdInto('/dealStages/{stage}')], postReceive: [confirmDeleted('stage', 'stage')] }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a stage',
				description: 'Get a stage by ID or title',
				routing: singleRoute({ method: 'GET', url: '/dealStages/{stage}' }, { preSend: [stageIdInto('/dealStages/{stage}')], postReceive: one }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many stages of a pipeline',
				description: 'List the stages of a pipeline',
				routing: listRoute(
					{ method: 'GET', url: '/dealStages' },
					{ preSend: [locatorIntoQuery('stagePipeline', RECORD_KINDS.pipeline, 'filters[d_groupid]')], postReceive: [unwrapList('dealStages')] },
				),
			},
			{
				name: 'Move Deals',
				value: 'moveDeals',
				action: 'Move all deals of a stage to another stage',
				description: 'Move every deal in a stage to another stage of the same pipeline; returns the moved deals',
				routing: singleRoute(
					{ method: 'PUT', url: '/dealStages/{stage}/deals' },
					{
						preSend: [stageIdInto('/dealStages/{stage}/deals'), targetInSamePipeline],
						postReceive: [unwrapList('deals'), enrichRecords('deals', dealAmounts)],
					},
				),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a stage',
				description: 'Rename, reorder or recolour a stage',
				routing: singleRoute({ method: 'PUT', url: '/dealStages/{stage}' }, { preSend: [stageIdInto('/dealStages/{stage}')], postReceive: one }),
			},
		],
		default: 'getAll',
	},
	...stageCreateFields,
	...stageGetFields,
	...stageGetAllFields,
	...stageUpdateFields,
	simplifyOption('stage', ['create', 'get', 'getAll', 'update', 'moveDeals']),
];

/** Until this resource has one file per operation. */
export const stage = legacyResource('Stage', 'stage', 'Stages of deal pipelines', stageDescription);
