import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { itemState } from '../../shared/memo/itemState';
import { enrichRecords, unwrapList } from '../../shared/output';
import { resolveStage } from '../../shared/pipelines';
import { setBody } from '../../shared/routing/body';
import { singleRoute } from '../../shared/routing/routes';
import { apiRequest } from '../../shared/transport/request';
import { dealAmounts } from '../deal/shared';
import { stageIdInto, stageLocator } from './shared';

/** The target stage must be in the same pipeline as the stage the deals leave. */
async function targetInSamePipeline(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const from = String(itemState(this)['resolvedId:stage']);
	const stage = ((await apiRequest.call(this, 'GET', `/dealStages/${from}`)).dealStage ?? {}) as IDataObject;
	const target = await resolveStage(this, 'targetStage', String(stage.group ?? ''), true, 'Target Stage');
	setBody(requestOptions, 'deal', { stage: target });
	return requestOptions;
}

export const moveDeals: OperationDefinition = {
	option: {
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
	fields: [
		{
			...stageLocator('targetStage', true, 'The stage to move the deals to, in the same pipeline'),
			displayName: 'Target Stage',
		},
	],
	simplify: true,
};
