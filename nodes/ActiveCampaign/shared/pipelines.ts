import type { IDataObject, IExecuteSingleFunctions, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { failItem } from './errors/failItem';
import { findRecordByName, locatorText, readLocator, type LocatorReading } from './locators/read';
import { RECORD_KINDS, recordNamed } from './records/kinds';
import { apiRequest, apiRequestAllItems, type ApiContext } from './transport/request';

/** The stages of one pipeline, in board order. */
export async function stagesOfPipeline(context: ApiContext, pipelineId: string): Promise<IDataObject[]> {
	const stages = await apiRequestAllItems.call(context, '/dealStages', 'dealStages', { 'filters[d_groupid]': pipelineId });
	return stages
		.filter((stage) => String(stage.group) === pipelineId)
		.sort((a, b) => Number(a.order) - Number(b.order));
}

/** The pipeline a deal is in. */
export async function pipelineOfDeal(context: ApiContext, dealId: string): Promise<string> {
	const response = await apiRequest.call(context, 'GET', `/deals/${dealId}`);
	return String((response.deal as IDataObject | undefined)?.group ?? '');
}

/**
 * A stage by ID or title. With a pipeline, the stage must be one of that pipeline's stages (titles such as
 * "To Contact" repeat across pipelines); without one, a title must be unique across pipelines.
 */
export async function resolveStage(
	context: IExecuteSingleFunctions,
	parameterName: string,
	pipelineId: string | undefined,
	required: boolean,
	label = 'Stage',
): Promise<string | undefined> {
	const reading = readLocator(context, context.getNodeParameter(parameterName, ''), RECORD_KINDS.stage);
	if (reading.empty) {
		if (required) failItem(context, `The field "${label}" is required`, 'Pick the stage from the list, or give its ID or title.');
		return undefined;
	}
	const byId = 'id' in reading;
	const value = 'id' in reading ? reading.id : reading.name;

	if (!pipelineId) {
		if (byId) return value;
		const stages = await apiRequestAllItems.call(context, '/dealStages', 'dealStages', { 'filters[title]': value });
		const matches = stages.filter((stage) => recordNamed(RECORD_KINDS.stage, stage, value));
		if (matches.length === 0) failItem(context, `No stage named "${value}" exists in ActiveCampaign`, 'Check the spelling, or pick the stage from the list.');
		if (matches.length > 1) {
			failItem(context, `Several pipelines have a stage named "${value}"`, 'Choose the pipeline too, or pick the stage by ID.');
		}
		return String(matches[0].id);
	}

	const stages = await stagesOfPipeline(context, pipelineId);
	const stage = stages.find((candidate) => (byId ? String(candidate.id) === value : recordNamed(RECORD_KINDS.stage, candidate, value)));
	if (!stage) {
		const titles = stages.map((candidate) => `"${String(candidate.title)}" (${String(candidate.id)})`).join(', ');
		failItem(
			context,
			`The stage "${value}" is not in pipeline ${pipelineId}`,
			`A deal can only be put in a stage of its pipeline. That pipeline's stages are: ${titles || 'none'}.`,
		);
	}
	return String(stage.id);
}

/** The pipeline a picker names, for scoping the stage list; a value that names none (yet) scopes nothing. */
async function pipelineIdFromText(context: ILoadOptionsFunctions, raw: unknown): Promise<string | undefined> {
	let reading: LocatorReading;
	try {
		reading = readLocator(context, raw, RECORD_KINDS.pipeline);
	} catch {
		return undefined;
	}
	if (reading.empty) return undefined;
	if ('id' in reading) return reading.id;
	const record = await findRecordByName(context, RECORD_KINDS.pipeline, reading.name);
	return record ? String(record.id) : undefined;
}

/** Every parameter that can hold the chosen pipeline (deal create/update/getAll, stage create/getAll, pipeline.*). */
const PIPELINE_PARAMETERS = ['dealPipeline', 'dealUpdateFields.pipeline', 'dealFilters.pipeline', 'stagePipeline', 'pipeline'];

/** The pipeline the stage picker should list: the chosen pipeline, or the chosen deal's pipeline. */
async function pipelineInScope(context: ILoadOptionsFunctions): Promise<string | undefined> {
	for (const path of PIPELINE_PARAMETERS) {
		const id = await pipelineIdFromText(context, context.getCurrentNodeParameter(path));
		if (id) return id;
	}
	// Deal > Update and Move to Stage: the stages of the deal's own pipeline.
	const deal = locatorText(context.getCurrentNodeParameter('deal'));
	if (deal.mode !== 'name' && /^\d+$/.test(deal.value)) return await pipelineOfDeal(context, deal.value);
	return undefined;
}

/** Stage picker: the stages of the chosen pipeline (or of the deal's pipeline); all stages, with their pipeline, otherwise. */
export async function searchStages(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const pipelineId = await pipelineInScope(this);
	const stages = pipelineId
		? await stagesOfPipeline(this, pipelineId)
		: await apiRequestAllItems.call(this, '/dealStages', 'dealStages', {}, 500);
	const pipelines = pipelineId ? [] : await apiRequestAllItems.call(this, '/dealGroups', 'dealGroups', {}, 500);
	const pipelineTitle = new Map(pipelines.map((pipeline) => [String(pipeline.id), String(pipeline.title)]));
	const text = (filter ?? '').toLowerCase();
	return {
		results: stages
			.map((stage) => ({
				name: pipelineId
					? String(stage.title)
					: `${String(stage.title)} (${pipelineTitle.get(String(stage.group)) ?? `pipeline ${String(stage.group)}`})`,
				value: String(stage.id),
			}))
			.filter((entry) => !text || entry.name.toLowerCase().includes(text)),
	};
}
