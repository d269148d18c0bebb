import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { optionalRecordId } from '../../shared/locators/read';
import { enrichRecords, unwrapList } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute } from '../../shared/routing/routes';
import { connectionLocator } from '../ecommerceConnection/shared';
import { customerLocator } from '../ecommerceCustomer/shared';
import { orderAmounts } from './shared';

const query = (property: string) => ({ send: { type: 'query' as const, property, propertyInDotNotation: false } });

/** preSend: the store and customer filters, chosen by name or ID. */
async function orderListQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const qs = (requestOptions.qs ?? {}) as IDataObject;
	const connection = await optionalRecordId(this, 'ecommerceOrderFilters.connection', RECORD_KINDS.ecommerceConnection);
	if (connection) qs['filters[connectionid]'] = connection;
	const customer = await optionalRecordId(this, 'ecommerceOrderFilters.customer', RECORD_KINDS.ecommerceCustomer);
	if (customer) qs['filters[customerid]'] = customer;
	requestOptions.qs = qs;
	return requestOptions;
}

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many ecommerce orders',
		description: 'List store orders, filtered by store, customer, email, external ID or state',
		routing: listRoute(
			{ method: 'GET', url: '/ecomOrders' },
			{ preSend: [orderListQuery], postReceive: [unwrapList('ecomOrders'), enrichRecords('ecomOrders', orderAmounts)] },
		),
	},
	fields: [
		...returnAllAndLimit('ecommerceOrder', 'getAll'),
		{
			displayName: 'Filters',
			name: 'ecommerceOrderFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ ...connectionLocator('connection', 'Only orders from this store'), required: false },
				{ ...customerLocator('customer', 'Only orders of this customer'), required: false },
				{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: 'Only orders with this customer email', routing: query('filters[email]') },
				{ displayName: 'External Order ID', name: 'externalid', type: 'string', default: '', routing: query('filters[externalid]') },
				{
					displayName: 'State',
					name: 'state',
					type: 'options',
					options: [
						{ name: 'Abandoned', value: 2 },
						{ name: 'Completed', value: 1 },
						{ name: 'Pending', value: 0 },
						{ name: 'Recovered', value: 3 },
						{ name: 'Waiting (Payment Pending)', value: 4 },
					],
					default: 1,
					routing: query('filters[state]'),
				},
			],
		},
	],
	simplify: true,
};
