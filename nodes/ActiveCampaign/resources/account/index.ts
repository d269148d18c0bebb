import { legacyResource } from '../../shared/descriptions';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { confirmDeleted, unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { accountCreateFields } from './create';
import { accountGetFields } from './get';
import { accountGetAllFields } from './getAll';
import { accountUpdateFields } from './update';

const accountId = resolveIds([{ parameter: 'account', kind: RECORD_KINDS.account }], '/accounts/{account}');

async function accountBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = (requestOptions.body ?? {}) as IDataObject;
	if (typeof body.account !== 'object' || body.account === null) body.account = {};
	requestOptions.body = body;
	return requestOptions;
}

export const accountDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['account'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an account',
				description: 'Create an account (company), with its owner and custom field values',
				routing: singleRoute({ method: 'POST', url: '/accounts' }, { postReceive: [unwrapRecord('account')] }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an account',
				description: 'Delete an account; its contacts stay, unlinked',
				routing: singleRoute(
					{ method: 'DELETE', url: '/accounts/{account}' },
					{ preSend: [accountId], postReceive: [confirmDeleted('account', 'account')] },
				),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an account',
				description: 'Get an account by name or ID',
				routing: singleRoute({ method: 'GET', url: '/accounts/{account}' }, { preSend: [accountId], postReceive: [unwrapRecord('account')] }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many accounts',
				description: 'List accounts, optionally those whose name contains a text',
				routing: listRoute({ method: 'GET', url: '/accounts' }, { postReceive: [unwrapList('accounts')] }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an account',
				description: "Rename an account or change its website, owner or custom field values",
				routing: singleRoute(
					{ method: 'PUT', url: '/accounts/{account}' },
					{ preSend: [accountId, accountBody], postReceive: [unwrapRecord('account')] },
				),
			},
		],
		default: 'getAll',
	},
	...accountCreateFields,
	...accountGetFields,
	...accountGetAllFields,
	...accountUpdateFields,
	simplifyOption('account', ['create', 'get', 'getAll', 'update']),
];

/** Until this resource has one file per operation. */
export const account = legacyResource('Account', 'account', 'Accounts (companies) with their custom fields', accountDescription);
