import type { OperationDefinition } from '../../shared/descriptions';
import { enrichRecords, unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { orderAmounts, orderId } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get an ecommerce order',
		description: 'Get a store order by ID (amounts also as totalPriceAmount etc. in currency units).',
		routing: singleRoute(
			{ method: 'GET', url: '/ecomOrders/{order}' },
			{ preSend: [orderId], postReceive: [unwrapRecord('ecomOrder'), enrichRecords('ecomOrder', orderAmounts)] },
		),
	},
	simplify: true,
};
