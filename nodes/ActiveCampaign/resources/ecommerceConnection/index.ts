import { legacyResource } from '../../shared/descriptions';
import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds, optionalRecordId } from '../../shared/locators/read';
import { setBody } from '../../shared/routing/body';
import { confirmDeleted, unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { ecommerceConnectionCreateFields } from './create';
import { ecommerceConnectionGetFields } from './get';
import { ecommerceConnectionGetAllFields } from './getAll';
import { ecommerceConnectionUpdateFields } from './update';

const connectionId = resolveIds([{ parameter: 'connection', kind: RECORD_KINDS.ecommerceConnection }], '/connections/{connection}');
const one = [unwrapRecord('connection')];

function listInto(path: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const list = await optionalRecordId(this, path, RECORD_KINDS.list);
		if (list) setBody(requestOptions, 'connection', { listId: list });
		return requestOptions;
	};
}

export const ecommerceConnectionDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['ecommerceConnection'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an ecommerce connection',
				description: 'Register a store (e.g. a Shopify shop) whose customers and orders are sent to ActiveCampaign',
				routing: singleRoute({ method: 'POST', url: '/connections' }, { preSend: [listInto('ecommerceConnectionAdditionalFields.list')], postReceive: one }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an ecommerce connection',
				description: 'Delete a store connection with its customers and orders',
				routing: singleRoute({ method: 'DELETE', url: '/connections/{connection}' }, { preSend: [connectionId], postReceive: [confirmDeleted('connection', 'connection')] }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an ecommerce connection',
				description: 'Get a store connection by name or ID',
				routing: singleRoute({ method: 'GET', url: '/connections/{connection}' }, { preSend: [connectionId], postReceive: one }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many ecommerce connections',
				description: 'List store connections, optionally of one service',
				routing: listRoute({ method: 'GET', url: '/connections' }, { postReceive: [unwrapList('connections')] }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an ecommerce connection',
				description: 'Change a store connection (name, URLs, list, status)',
				routing: singleRoute({ method: 'PUT', url: '/connections/{connection}' }, { preSend: [connectionId, listInto('ecommerceConnectionUpdateFields.list')], postReceive: one }),
			},
		],
		default: 'getAll',
	},
	...ecommerceConnectionCreateFields,
	...ecommerceConnectionGetFields,
	...ecommerceConnectionGetAllFields,
	...ecommerceConnectionUpdateFields,
	simplifyOption('ecommerceConnection', ['create', 'get', 'getAll', 'update']),
];

/** Until this resource has one file per operation. */
export const ecommerceConnection = legacyResource('E-Commerce Connection', 'ecommerceConnection', 'Stores connected for e-commerce data', ecommerceConnectionDescription);
