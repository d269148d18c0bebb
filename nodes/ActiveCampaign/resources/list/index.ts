import { legacyResource } from '../../shared/descriptions';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { confirmDeleted, unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { listCreateFields, listUrlName } from './create';
import { listGetFields } from './get';
import { listGetAllFields } from './getAll';
import { listUpdateFields } from './update';

const listId = resolveIds([{ parameter: 'list', kind: RECORD_KINDS.list }], '/lists/{list}');

async function listBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = (requestOptions.body ?? {}) as IDataObject;
	if (typeof body.list !== 'object' || body.list === null) body.list = {};
	requestOptions.body = body;
	return requestOptions;
}

export const listDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['list'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a list',
				description: 'Create a mailing list',
				routing: singleRoute({ method: 'POST', url: '/lists' }, { preSend: [listUrlName], postReceive: [unwrapRecord('list')] }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a list',
				description: 'Delete a list; its contacts stay in the account',
				routing: singleRoute({ method: 'DELETE', url: '/lists/{list}' }, { preSend: [listId], postReceive: [confirmDeleted('list', 'list')] }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a list',
				description: 'Get a list by name or ID',
				routing: singleRoute({ method: 'GET', url: '/lists/{list}' }, { preSend: [listId], postReceive: [unwrapRecord('list')] }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many lists',
				description: 'List the mailing lists, optionally those whose name contains a text',
				routing: listRoute({ method: 'GET', url: '/lists' }, { postReceive: [unwrapList('lists')] }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a list',
				description: "Rename a list or change its sender details and settings",
				// PATCH: ActiveCampaign's spec has no list update; the live API serves PATCH (recordings/update-list, see test/spec).
				routing: singleRoute(
					{ method: 'PATCH', url: '/lists/{list}' },
					{ preSend: [listId, listBody], postReceive: [unwrapRecord('list')] },
				),
			},
		],
		default: 'getAll',
	},
	...listCreateFields,
	...listGetFields,
	...listGetAllFields,
	...listUpdateFields,
	simplifyOption('list', ['create', 'get', 'getAll', 'update']),
];

/** Until this resource has one file per operation. */
export const list = legacyResource('List', 'list', 'Mailing lists', listDescription);
