import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../shared/locators/property';
import { resolveRecordId, optionalRecordId, parameterGiven } from '../../shared/locators/read';
import { failItem } from '../../shared/errors/failItem';
import { setBody } from '../../shared/routing/body';
import { addAmounts } from '../../shared/money';
import { pipelineOfDeal, resolveStage } from '../../shared/pipelines';
import { RECORD_KINDS } from '../../shared/records/kinds';

export const DEAL_STATUS_OPTIONS = [
	{ name: 'Open', value: '0' },
	{ name: 'Won', value: '1' },
	{ name: 'Lost', value: '2' },
];

export const dealLocator = recordLocator({
	name: 'deal',
	displayName: 'Deal',
	kind: RECORD_KINDS.deal,
	searchListMethod: 'searchDeals',
	byText: 'name',
	description: 'The deal, picked from the list, by ID, or by its title',
});

export const pipelineLocator = (name = 'pipeline', required = true): INodeProperties =>
	recordLocator({
		name,
		displayName: 'Pipeline',
		kind: RECORD_KINDS.pipeline,
		searchListMethod: 'searchPipelines',
		byText: 'name',
		required,
		description: 'The pipeline, picked from the list, by ID, or by its title',
	});

export const stageLocator = (name = 'stage', required = false, description?: string): INodeProperties =>
	recordLocator({
		name,
		displayName: 'Stage',
		kind: RECORD_KINDS.stage,
		searchListMethod: 'searchStages',
		byText: 'name',
		required,
		description: description ?? "A stage of the chosen pipeline, picked from the list, by ID, or by its title",
	});

export const contactLocator = (name = 'contact', required = true, description?: string): INodeProperties =>
	recordLocator({
		name,
		displayName: 'Contact',
		kind: RECORD_KINDS.contact,
		searchListMethod: 'searchContacts',
		byText: 'email',
		required,
		description: description ?? 'The contact, picked from the list, by ID, or by email',
	});

export const dealAmounts = addAmounts(['value']);

/** Where create and update keep the deal's relations (create: top-level pickers plus Additional Fields). */
const RELATION_PARAMETERS = {
	create: {
		contact: 'dealContact',
		account: 'dealAdditionalFields.account',
		owner: 'dealAdditionalFields.owner',
		pipeline: 'dealPipeline',
		stage: 'dealStage',
	},
	update: {
		contact: 'dealUpdateFields.contact',
		account: 'dealUpdateFields.account',
		owner: 'dealUpdateFields.owner',
		pipeline: 'dealUpdateFields.pipeline',
		stage: 'dealUpdateFields.stage',
	},
} as const;

/**
 * preSend for create and update: resolves contact, account, owner, pipeline and stage (a stage of the chosen
 * pipeline, or on update of the deal's current pipeline) into `deal.*`.
 */
export function dealRelations(operation: 'create' | 'update') {
	const at = RELATION_PARAMETERS[operation];
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const contact = await optionalRecordId(this, at.contact, RECORD_KINDS.contact);
		const account = await optionalRecordId(this, at.account, RECORD_KINDS.account);
		if (operation === 'create' && !contact && !account) {
			failItem(this, 'A deal needs a contact or an account', 'Choose the deal\'s contact (field "Contact"), or an account under Additional Fields.');
		}
		const owner = await optionalRecordId(this, at.owner, RECORD_KINDS.user);
		const pipeline = await optionalRecordId(this, at.pipeline, RECORD_KINDS.pipeline);
		if (operation === 'create' && !pipeline) failItem(this, 'The pipeline is required', 'Choose a pipeline in the field "Pipeline".');
		let stage: string | undefined;
		if (parameterGiven(this, at.stage)) {
			const stagePipeline = pipeline ?? (await pipelineOfDeal(this, await resolveRecordId(this, 'deal', RECORD_KINDS.deal)));
			stage = await resolveStage(this, at.stage, stagePipeline, false);
		}
		setBody(requestOptions, 'deal', { contact, account, owner, group: pipeline, stage });
		return requestOptions;
	};
}
