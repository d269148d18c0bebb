import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { orderCurrency, orderOptions, orderProductsParameter, totalPrice } from './shared';

export const ecommerceOrderUpdateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'ecommerceOrderUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('ecommerceOrder', ['update']),
		options: [
			...orderOptions.slice(0, 1),
			orderCurrency,
			...orderOptions.slice(1, 2),
			{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
			...orderOptions.slice(2, 4),
			{ displayName: 'Order Date', name: 'externalCreatedDate', type: 'dateTime', default: '', routing: { send: { type: 'body', property: 'ecomOrder.externalCreatedDate' } } },
			...orderOptions.slice(4, 6),
			{ ...orderProductsParameter, description: 'Replaces the products of the order; prices are amounts sent in cents' },
			...orderOptions.slice(6),
			totalPrice,
		],
	},
];
