import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { optionalRecordId } from '../../shared/locators/read';
import { unwrapList } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute } from '../../shared/routing/routes';
import { connectionLocator } from '../ecommerceConnection/shared';
import { customerRevenue } from './shared';

const query = (property: string) => ({ send: { type: 'query' as const, property, propertyInDotNotation: false } });

/** The connection filter is optional. */
async function connectionFilter(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const connection = await optionalRecordId(this, 'ecommerceCustomerFilters.connection', RECORD_KINDS.ecommerceConnection);
	if (connection) requestOptions.qs = { ...((requestOptions.qs ?? {}) as IDataObject), 'filters[connectionid]': connection };
	return requestOptions;
}

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many ecommerce customers',
		description: 'List store customers, optionally by store, email or external ID',
		routing: listRoute({ method: 'GET', url: '/ecomCustomers' }, { preSend: [connectionFilter], postReceive: [unwrapList('ecomCustomers'), customerRevenue] }),
	},
	fields: [
		...returnAllAndLimit('ecommerceCustomer', 'getAll'),
		{
			displayName: 'Filters',
			name: 'ecommerceCustomerFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ ...connectionLocator('connection', 'Only customers of this store'), required: false },
				{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: 'Only the customer with this email', routing: query('filters[email]') },
				{ displayName: 'External Customer ID', name: 'externalid', type: 'string', default: '', routing: query('filters[externalid]') },
			],
		},
	],
	simplify: true,
};
