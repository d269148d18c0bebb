import { legacyResource } from '../../shared/descriptions';
import type { INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { enrichRecords, confirmDeleted, unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { ecommerceOrderCreateFields } from './create';
import { ecommerceOrderGetFields } from './get';
import { ecommerceOrderGetAllFields, orderListQuery } from './getAll';
import { orderAmounts, orderRelations } from './shared';
import { ecommerceOrderUpdateFields } from './update';

const orderId = resolveIds([{ parameter: 'order', kind: RECORD_KINDS.ecommerceOrder }], '/ecomOrders/{order}');
const one = [unwrapRecord('ecomOrder'), enrichRecords('ecomOrder', orderAmounts)];

export const ecommerceOrderDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['ecommerceOrder'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an ecommerce order',
				description: 'Record a store order with its products; amounts are entered in currency units and sent in cents',
				routing: singleRoute({ method: 'POST', url: '/ecomOrders' }, { preSend: [orderRelations('create')], postReceive: one }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an ecommerce order',
				description: 'Delete a store order',
				routing: singleRoute({ method: 'DELETE', url: '/ecomOrders/{order}' }, { preSend: [orderId], postReceive: [confirmDeleted('order', 'order')] }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an ecommerce order',
				description: 'Get a store order by ID (amounts also as totalPriceAmount etc. in currency units).',
				routing: singleRoute({ method: 'GET', url: '/ecomOrders/{order}' }, { preSend: [orderId], postReceive: one }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many ecommerce orders',
				description: 'List store orders, filtered by store, customer, email, external ID or state',
				routing: listRoute(
					{ method: 'GET', url: '/ecomOrders' },
					{ preSend: [orderListQuery], postReceive: [unwrapList('ecomOrders'), enrichRecords('ecomOrders', orderAmounts)] },
				),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an ecommerce order',
				description: 'Change a store order (state dates, amounts, products)',
				routing: singleRoute({ method: 'PUT', url: '/ecomOrders/{order}' }, { preSend: [orderId, orderRelations('update')], postReceive: one }),
			},
		],
		default: 'getAll',
	},
	...ecommerceOrderCreateFields,
	...ecommerceOrderGetFields,
	...ecommerceOrderGetAllFields,
	...ecommerceOrderUpdateFields,
	simplifyOption('ecommerceOrder', ['create', 'get', 'getAll', 'update']),
];

/** Until this resource has one file per operation. */
export const ecommerceOrder = legacyResource('E-Commerce Order', 'ecommerceOrder', 'Orders (and abandoned carts) of connected stores', ecommerceOrderDescription);
