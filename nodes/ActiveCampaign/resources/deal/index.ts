import { legacyResource } from '../../shared/descriptions';
import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { setDealCustomFields } from '../../shared/customFields/deal';
import { simplifyOption } from '../../shared/descriptions';
import { resolveIds, resolveRecordId } from '../../shared/locators/read';
import { enrichRecords, confirmDeleted, unwrapList, unwrapRecord } from '../../shared/output';
import { setBody } from '../../shared/routing/body';
import { pipelineOfDeal, resolveStage } from '../../shared/pipelines';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { dealCreateFields } from './create';
import { dealGetFields } from './get';
import { dealGetAllFields, dealListQuery } from './getAll';
import { dealMoveToStageFields } from './moveToStage';
import { dealAmounts, dealRelations } from './shared';
import { dealUpdateFields } from './update';

const dealId = resolveIds([{ parameter: 'deal', kind: RECORD_KINDS.deal }], '/deals/{deal}');
const oneDeal = [unwrapRecord('deal'), enrichRecords('deal', dealAmounts)];

/** moveToStage: the stage must be one of the deal's pipeline. */
async function stageOfDealPipeline(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const id = await resolveRecordId(this, 'deal', RECORD_KINDS.deal);
	const pipeline = await pipelineOfDeal(this, id);
	const stage = await resolveStage(this, 'dealTargetStage', pipeline, true);
	setBody(requestOptions, 'deal', { stage });
	return requestOptions;
}

const setStatus = (status: number) =>
	singleRoute({ method: 'PUT', url: '/deals/{deal}', body: { deal: { status } } }, { preSend: [dealId], postReceive: oneDeal });

export const dealDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['deal'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a deal',
				description: 'Create a deal in a pipeline, with its value as an amount (e.g. 1500.50) and a contact or account',
				routing: singleRoute(
					{ method: 'POST', url: '/deals' },
					{ preSend: [dealRelations('create'), setDealCustomFields('dealCustomFields')], postReceive: oneDeal },
				),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a deal',
				description: 'Delete a deal with its notes and tasks',
				routing: singleRoute({ method: 'DELETE', url: '/deals/{deal}' }, { preSend: [dealId], postReceive: [confirmDeleted('deal', 'deal')] }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a deal',
				description: 'Get a deal by ID or title; the output adds valueAmount (value in currency units)',
				routing: singleRoute({ method: 'GET', url: '/deals/{deal}' }, { preSend: [dealId], postReceive: oneDeal }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many deals',
				description: 'List deals, filtered by pipeline, stage, owner, status, text, dates or value',
				routing: listRoute(
					{ method: 'GET', url: '/deals' },
					{ preSend: [dealListQuery], postReceive: [unwrapList('deals'), enrichRecords('deals', dealAmounts)] },
				),
			},
			{
				name: 'Mark as Lost',
				value: 'markLost',
				action: 'Mark a deal as lost',
				description: 'Set the deal status to lost',
				routing: setStatus(2),
			},
			{
				name: 'Mark as Won',
				value: 'markWon',
				action: 'Mark a deal as won',
				description: 'Set the deal status to won',
				routing: setStatus(1),
			},
			{
				name: 'Move to Stage',
				value: 'moveToStage',
				action: 'Move a deal to another stage',
				description: "Move a deal to another stage of its pipeline",
				routing: singleRoute({ method: 'PUT', url: '/deals/{deal}' }, { preSend: [dealId, stageOfDealPipeline], postReceive: oneDeal }),
			},
			{
				name: 'Reopen',
				value: 'reopen',
				action: 'Reopen a deal',
				description: 'Set a won or lost deal back to open',
				routing: setStatus(0),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a deal',
				description: 'Change the title, value, stage, owner, contact or custom fields of a deal',
				routing: singleRoute(
					{ method: 'PUT', url: '/deals/{deal}' },
					{
						preSend: [dealId, dealRelations('update'), setDealCustomFields('dealUpdateFields.customFields')],
						postReceive: oneDeal,
					},
				),
			},
		],
		default: 'getAll',
	},
	...dealCreateFields,
	...dealGetFields,
	...dealGetAllFields,
	...dealMoveToStageFields,
	...dealUpdateFields,
	simplifyOption('deal', ['create', 'get', 'getAll', 'update', 'moveToStage', 'markWon', 'markLost', 'reopen']),
];

/** Until this resource has one file per operation. */
export const deal = legacyResource('Deal', 'deal', 'Deals (opportunities) in pipelines, with value, stage, owner and custom fields', dealDescription);
