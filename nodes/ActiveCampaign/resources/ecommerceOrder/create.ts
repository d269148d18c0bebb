import type { OperationDefinition } from '../../shared/descriptions';
import { enrichRecords, unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { connectionLocator } from '../ecommerceConnection/shared';
import { customerLocator } from '../ecommerceCustomer/shared';
import { orderAmounts, orderBody, orderCurrency, orderOptions, orderProductsParameter, orderRelations, totalPrice } from './shared';

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create an ecommerce order',
		description: 'Record a store order with its products; amounts are entered in currency units and sent in cents',
		routing: singleRoute(
			{ method: 'POST', url: '/ecomOrders' },
			{ preSend: [orderRelations('create')], postReceive: [unwrapRecord('ecomOrder'), enrichRecords('ecomOrder', orderAmounts)] },
		),
	},
	fields: [
		connectionLocator('ecommerceOrderConnection', 'The store the order comes from'),
		customerLocator('ecommerceOrderCustomer', 'The e-commerce customer who placed the order, picked from the list or by ID'),
		{
			displayName: 'External Order ID',
			name: 'ecommerceOrderExternalId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 3246315233',
			description: 'The ID of the order in the store',
			routing: { send: { type: 'body', property: 'ecomOrder.externalid' } },
		},
		{
			displayName: 'Email',
			name: 'ecommerceOrderEmail',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			required: true,
			description: "The customer's email address",
		},
		{ ...totalPrice, required: true },
		orderCurrency,
		{
			displayName: 'Order Date',
			name: 'externalCreatedDate',
			type: 'dateTime',
			default: '',
			required: true,
			description: 'When the order was placed in the store',
			routing: { send: { type: 'body', property: 'ecomOrder.externalCreatedDate' } },
		},
		{
			displayName: 'Source',
			name: 'source',
			type: 'options',
			options: [
				{ name: 'Real-Time', value: 1, description: 'A new order: shows on the dashboard and can start automations' },
				{ name: 'Historical', value: 0, description: 'An old order imported for history; starts no automation' },
			],
			default: 1,
			routing: orderBody('source'),
		},
		orderProductsParameter,
		{
			displayName: 'Additional Fields',
			name: 'ecommerceOrderAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: orderOptions,
		},
	],
	simplify: true,
};
