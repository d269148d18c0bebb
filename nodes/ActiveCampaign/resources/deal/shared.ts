import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { failItem } from '../../shared/errors/failItem';
import { recordLocator } from '../../shared/locators/property';
import { optionalRecordId, parameterGiven, resolveIds, resolveRecordId } from '../../shared/locators/read';
import { addAmounts, CENTS_EXPRESSION, CURRENCY_OPTIONS } from '../../shared/money';
import { enrichRecords, unwrapRecord } from '../../shared/output';
import { pipelineOfDeal, resolveStage } from '../../shared/pipelines';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { setBody } from '../../shared/routing/body';
import { singleRoute } from '../../shared/routing/routes';

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

/** The deal picker of every operation on one deal. */
export const dealSharedFields: INodeProperties[] = [
	{ ...dealLocator, displayOptions: showFor('deal', ['get', 'delete', 'update', 'moveToStage', 'markWon', 'markLost', 'reopen']) },
];

/** preSend: the picked deal's ID into `/deals/{deal}`. */
export const dealId = resolveIds([{ parameter: 'deal', kind: RECORD_KINDS.deal }], '/deals/{deal}');

export const dealAmounts = addAmounts(['value']);

/** postReceive of every operation answering with one deal: the record, with its value also as an amount. */
export const oneDeal = [unwrapRecord('deal'), enrichRecords('deal', dealAmounts)];

/** Routing of Mark as Won, Mark as Lost and Reopen: the deal with only its new status. */
export const dealStatusRoute = (status: number) =>
	singleRoute({ method: 'PUT', url: '/deals/{deal}', body: { deal: { status } } }, { preSend: [dealId], postReceive: oneDeal });

/** Deal settings sent by both create and update (`deal.*`); each operation adds its own description or `required`. */
export const dealSettingFields = {
	title: {
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		routing: { send: { type: 'body', property: 'deal.title' } },
	},

	/** Entered as an amount (1500.50), sent in cents. */
	value: {
		displayName: 'Value',
		name: 'dealValue',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0, numberPrecision: 2 },
		routing: { send: { type: 'body', property: 'deal.value', value: CENTS_EXPRESSION } },
	},

	currency: {
		displayName: 'Currency',
		name: 'currency',
		type: 'options',
		options: CURRENCY_OPTIONS,
		default: 'usd',
		routing: { send: { type: 'body', property: 'deal.currency', value: '={{ String($value).toLowerCase() }}' } },
	},

	description: {
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		routing: { send: { type: 'body', property: 'deal.description' } },
	},

	percent: {
		displayName: 'Probability (%)',
		name: 'percent',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 100 },
		default: 0,
		routing: { send: { type: 'body', property: 'deal.percent' } },
	},

	status: {
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: DEAL_STATUS_OPTIONS,
		default: '0',
		routing: { send: { type: 'body', property: 'deal.status', value: '={{ Number($value) }}' } },
	},
} satisfies Record<string, INodeProperties>;

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
