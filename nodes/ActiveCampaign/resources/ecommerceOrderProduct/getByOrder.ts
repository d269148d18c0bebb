import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { enrichRecords, unwrapList } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { takeLimit } from '../../shared/routing/subLists';
import { orderLocator } from '../ecommerceOrder/shared';
import { productAmounts } from './shared';

export const getByOrder: OperationDefinition = {
	option: {
		name: 'Get by Order',
		value: 'getByOrder',
		action: 'Get the products of an ecommerce order',
		description: 'List the product lines of one order',
		routing: singleRoute(
			{ method: 'GET', url: '/ecomOrders/{ecommerceOrderProductOrder}/orderProducts' },
			{
				preSend: [resolveIds([{ parameter: 'ecommerceOrderProductOrder', kind: RECORD_KINDS.ecommerceOrder }], '/ecomOrders/{ecommerceOrderProductOrder}/orderProducts')],
				postReceive: [unwrapList('ecomOrderProducts'), enrichRecords('ecomOrderProducts', productAmounts), takeLimit()],
			},
		),
	},
	fields: [
		{ ...orderLocator, name: 'ecommerceOrderProductOrder', description: 'The order whose products to list' },
		...returnAllAndLimit('ecommerceOrderProduct', 'getByOrder'),
	],
	simplify: true,
};
