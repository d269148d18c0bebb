import type { OperationDefinition } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { resolveIds } from '../../shared/locators/read';
import { enrichRecords, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { productAmounts } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get an ecommerce order product',
		description: 'Get one product line of an order by ID (priceAmount is the price in currency units)',
		routing: singleRoute(
			{ method: 'GET', url: '/ecomOrderProducts/{orderProduct}' },
			{
				preSend: [resolveIds([{ parameter: 'orderProduct', kind: RECORD_KINDS.ecommerceOrderProduct }], '/ecomOrderProducts/{orderProduct}')],
				postReceive: [unwrapRecord('ecomOrderProduct'), enrichRecords('ecomOrderProduct', productAmounts)],
			},
		),
	},
	fields: [
		recordLocator({
			name: 'orderProduct',
			displayName: 'Order Product',
			kind: RECORD_KINDS.ecommerceOrderProduct,
			searchListMethod: 'searchEcommerceOrderProducts',
			description: 'The order product (a line of an order), picked from the list or by ID',
		}),
	],
	simplify: true,
};
