import { legacyResource } from '../../shared/descriptions';
import type { INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { enrichRecords, unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { takeLimit } from '../../shared/routing/subLists';
import { productAmounts } from '../ecommerceOrder/shared';
import { ecommerceOrderProductGetFields } from './get';
import { ecommerceOrderProductGetAllFields } from './getAll';

export const ecommerceOrderProductDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['ecommerceOrderProduct'] } },
		options: [
			{
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
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many ecommerce order products',
				description: 'List the product lines of many orders',
				routing: listRoute(
					{ method: 'GET', url: '/ecomOrderProducts' },
					{ postReceive: [unwrapList('ecomOrderProducts'), enrichRecords('ecomOrderProducts', productAmounts)] },
				),
			},
			{
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
		],
		default: 'getAll',
	},
	...ecommerceOrderProductGetFields,
	...ecommerceOrderProductGetAllFields,
	simplifyOption('ecommerceOrderProduct', ['get', 'getAll', 'getByOrder']),
];

/** Until this resource has one file per operation. */
export const ecommerceOrderProduct = legacyResource('E-Commerce Order Product', 'ecommerceOrderProduct', 'Product lines of e-commerce orders', ecommerceOrderProductDescription);
