import type { INodeProperties } from 'n8n-workflow';

import { CENTS_EXPRESSION, CURRENCY_OPTIONS } from '../../shared/money';
import { DEAL_STATUS_OPTIONS } from './shared';

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
