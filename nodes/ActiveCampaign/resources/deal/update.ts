import type { INodeProperties } from 'n8n-workflow';

import { dealCustomFieldsParameter } from '../../shared/dealCustomFields';
import { showFor } from '../../shared/descriptions';
import { CENTS_EXPRESSION, CURRENCY_OPTIONS } from '../../shared/money';
import { accountLocator, contactLocator, DEAL_STATUS_OPTIONS, pipelineLocator, stageLocator, userLocator } from './shared';

const show = showFor('deal', ['update']);

export const dealUpdateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: [
			accountLocator(),
			contactLocator('contact', false, "The deal's primary contact, by ID or email"),
			{
				displayName: 'Currency',
				name: 'currency',
				type: 'options',
				options: CURRENCY_OPTIONS,
				default: 'usd',
				routing: { send: { type: 'body', property: 'deal.currency', value: '={{ String($value).toLowerCase() }}' } },
			},
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				routing: { send: { type: 'body', property: 'deal.description' } },
			},
			userLocator('owner', 'Owner', 'The user who owns the deal, by username, email or full name'),
			pipelineLocator('pipeline', false),
			{
				displayName: 'Probability (%)',
				name: 'percent',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 100 },
				default: 0,
				routing: { send: { type: 'body', property: 'deal.percent' } },
			},
			stageLocator('stage', false, "A stage of the deal's pipeline (or of the new pipeline when it is changed too)"),
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: DEAL_STATUS_OPTIONS,
				default: '0',
				routing: { send: { type: 'body', property: 'deal.status', value: '={{ Number($value) }}' } },
			},
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'deal.title' } },
			},
			{
				displayName: 'Value',
				name: 'dealValue',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
				description: 'The new value as an amount, e.g. 1500.50 (sent in cents)',
				routing: { send: { type: 'body', property: 'deal.value', value: CENTS_EXPRESSION } },
			},
			dealCustomFieldsParameter(),
		],
	},
];
