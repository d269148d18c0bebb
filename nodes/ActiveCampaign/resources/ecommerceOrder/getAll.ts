import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { optionalRecordId } from '../../shared/locators/read';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { connectionLocator } from '../ecommerceConnection/shared';
import { customerLocator } from '../ecommerceCustomer/shared';

const query = (property: string) => ({ send: { type: 'query' as const, property, propertyInDotNotation: false } });

export const ecommerceOrderGetAllFields: INodeProperties[] = [
	...returnAllAndLimit('ecommerceOrder', 'getAll'),
	{
		displayName: 'Filters',
		name: 'ecommerceOrderFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('ecommerceOrder', ['getAll']),
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
];

export async function orderListQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const qs = (requestOptions.qs ?? {}) as IDataObject;
	const connection = await optionalRecordId(this, 'ecommerceOrderFilters.connection', RECORD_KINDS.ecommerceConnection);
	if (connection) qs['filters[connectionid]'] = connection;
	const customer = await optionalRecordId(this, 'ecommerceOrderFilters.customer', RECORD_KINDS.ecommerceCustomer);
	if (customer) qs['filters[customerid]'] = customer;
	requestOptions.qs = qs;
	return requestOptions;
}
