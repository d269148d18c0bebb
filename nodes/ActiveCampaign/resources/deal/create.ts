import type { INodeProperties } from 'n8n-workflow';

import { dealCustomFieldsParameter } from '../../shared/dealCustomFields';
import { showFor } from '../../shared/descriptions';
import { CENTS_EXPRESSION, CURRENCY_OPTIONS } from '../../shared/money';
import { accountLocator, contactLocator, DEAL_STATUS_OPTIONS, pipelineLocator, stageLocator, userLocator } from './shared';

const show = showFor('deal', ['create']);

export const dealCreateFields: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Website redesign',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'deal.title' } },
	},
	{
		...contactLocator('contact', false, "The deal's primary contact, by ID or email. A deal needs a contact or an account."),
		displayOptions: show,
	},
	{
		displayName: 'Value',
		name: 'dealValue',
		type: 'number',
		default: 0,
		required: true,
		typeOptions: { minValue: 0, numberPrecision: 2 },
		description: "The deal's value as an amount in its currency, e.g. 1500.50 (sent to ActiveCampaign in cents)",
		displayOptions: show,
		routing: { send: { type: 'body', property: 'deal.value', value: CENTS_EXPRESSION } },
	},
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'options',
		options: CURRENCY_OPTIONS,
		default: 'usd',
		description: "The deal's currency",
		displayOptions: show,
		routing: { send: { type: 'body', property: 'deal.currency', value: '={{ String($value).toLowerCase() }}' } },
	},
	{ ...pipelineLocator(), displayOptions: show },
	{
		...stageLocator('stage', false, "A stage of the chosen pipeline; when empty, the pipeline's first stage"),
		displayOptions: show,
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: [
			accountLocator(),
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				routing: { send: { type: 'body', property: 'deal.description' } },
			},
			userLocator('owner', 'Owner', "The user who owns the deal, by username, email or full name. Required unless the pipeline assigns owners automatically."),
			{
				displayName: 'Probability (%)',
				name: 'percent',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 100 },
				default: 0,
				description: 'The chance of winning the deal, 0-100',
				routing: { send: { type: 'body', property: 'deal.percent' } },
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: DEAL_STATUS_OPTIONS,
				default: '0',
				routing: { send: { type: 'body', property: 'deal.status', value: '={{ Number($value) }}' } },
			},
		],
	},
	{ ...dealCustomFieldsParameter(), displayOptions: show },
];
