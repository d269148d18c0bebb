import type { OperationDefinition } from '../../shared/descriptions';
import { enrichRecords, unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { orderAmounts, orderId, orderCurrency, orderOptions, orderProductsParameter, orderRelations, totalPrice } from './shared';

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update an ecommerce order',
		description: 'Change a store order (state dates, amounts, products)',
		routing: singleRoute(
			{ method: 'PUT', url: '/ecomOrders/{order}' },
			{ preSend: [orderId, orderRelations('update')], postReceive: [unwrapRecord('ecomOrder'), enrichRecords('ecomOrder', orderAmounts)] },
		),
	},
	fields: [
		{
			displayName: 'Update Fields',
			name: 'ecommerceOrderUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
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
	],
	simplify: true,
};
