import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { enrichRecords, unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';
import { productAmounts } from './shared';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many ecommerce order products',
		description: 'List the product lines of many orders',
		routing: listRoute(
			{ method: 'GET', url: '/ecomOrderProducts' },
			{ postReceive: [unwrapList('ecomOrderProducts'), enrichRecords('ecomOrderProducts', productAmounts)] },
		),
	},
	fields: returnAllAndLimit('ecommerceOrderProduct', 'getAll'),
	simplify: true,
};
