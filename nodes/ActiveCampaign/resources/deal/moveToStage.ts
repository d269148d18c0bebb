import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { resolveRecordId } from '../../shared/locators/read';
import { pipelineOfDeal, resolveStage } from '../../shared/pipelines';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { setBody } from '../../shared/routing/body';
import { singleRoute } from '../../shared/routing/routes';
import { stageLocator } from '../stage/shared';
import { dealId, oneDeal } from './shared';

/** The stage must be one of the deal's pipeline. */
async function stageOfDealPipeline(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const id = await resolveRecordId(this, 'deal', RECORD_KINDS.deal);
	const pipeline = await pipelineOfDeal(this, id);
	const stage = await resolveStage(this, 'dealTargetStage', pipeline, true);
	setBody(requestOptions, 'deal', { stage });
	return requestOptions;
}

export const moveToStage: OperationDefinition = {
	option: {
		name: 'Move to Stage',
		value: 'moveToStage',
		action: 'Move a deal to another stage',
		description: "Move a deal to another stage of its pipeline",
		routing: singleRoute({ method: 'PUT', url: '/deals/{deal}' }, { preSend: [dealId, stageOfDealPipeline], postReceive: oneDeal }),
	},
	fields: [
		stageLocator('dealTargetStage', true, "The stage to move the deal to: one of the deal's pipeline stages, from the list, by ID or by title"),
	],
	simplify: true,
};
