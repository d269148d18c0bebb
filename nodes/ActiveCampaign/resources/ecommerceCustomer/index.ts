import { legacyResource } from '../../shared/descriptions';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds, optionalRecordId } from '../../shared/locators/read';
import { confirmDeleted, unwrapList, unwrapRecord, enrichRecords } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { addAmounts } from '../../shared/money';
import { ecommerceCustomerCreateFields } from './create';
import { ecommerceCustomerGetFields } from './get';
import { ecommerceCustomerGetAllFields } from './getAll';
import { customerEmail } from './shared';
import { ecommerceCustomerUpdateFields } from './update';

const customerId = resolveIds([{ parameter: 'customer', kind: RECORD_KINDS.ecommerceCustomer }], '/ecomCustomers/{customer}');
const revenue = enrichRecords('ecomCustomer', addAmounts(['totalRevenue', 'avgRevenuePerOrder']));
const one = [unwrapRecord('ecomCustomer'), revenue];

/** getAll: the connection filter is optional. */
async function connectionFilter(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const connection = await optionalRecordId(this, 'ecommerceCustomerFilters.connection', RECORD_KINDS.ecommerceConnection);
	if (connection) requestOptions.qs = { ...((requestOptions.qs ?? {}) as IDataObject), 'filters[connectionid]': connection };
	return requestOptions;
}

export const ecommerceCustomerDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['ecommerceCustomer'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an ecommerce customer',
				description: 'Add a store customer (linked to the contact with the same email)',
				routing: singleRoute(
					{ method: 'POST', url: '/ecomCustomers' },
					{
						preSend: [
							resolveIds([{ parameter: 'ecommerceCustomerConnection', kind: RECORD_KINDS.ecommerceConnection, bodyPath: 'ecomCustomer.connectionid' }]),
							customerEmail('ecommerceCustomerEmail', true),
						],
						postReceive: one,
					},
				),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an ecommerce customer',
				description: 'Delete a store customer',
				routing: singleRoute({ method: 'DELETE', url: '/ecomCustomers/{customer}' }, { preSend: [customerId], postReceive: [confirmDeleted('customer', 'customer')] }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an ecommerce customer',
				description: 'Get a store customer with revenue totals (totalRevenueAmount in currency units)',
				routing: singleRoute({ method: 'GET', url: '/ecomCustomers/{customer}' }, { preSend: [customerId], postReceive: one }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many ecommerce customers',
				description: 'List store customers, optionally by store, email or external ID',
				routing: listRoute({ method: 'GET', url: '/ecomCustomers' }, { preSend: [connectionFilter], postReceive: [unwrapList('ecomCustomers'), revenue] }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an ecommerce customer',
				description: "Change a store customer's email, external ID or marketing opt-in",
				routing: singleRoute(
					{ method: 'PUT', url: '/ecomCustomers/{customer}' },
					{ preSend: [customerId, customerEmail('ecommerceCustomerUpdateFields.email', false)], postReceive: one },
				),
			},
		],
		default: 'getAll',
	},
	...ecommerceCustomerCreateFields,
	...ecommerceCustomerGetFields,
	...ecommerceCustomerGetAllFields,
	...ecommerceCustomerUpdateFields,
	simplifyOption('ecommerceCustomer', ['create', 'get', 'getAll', 'update']),
];

/** Until this resource has one file per operation. */
export const ecommerceCustomer = legacyResource('E-Commerce Customer', 'ecommerceCustomer', 'Customers of connected stores', ecommerceCustomerDescription);
