import { legacyResource } from '../../shared/descriptions';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { takeLimit } from '../../shared/routing/subLists';
import { contactListGetAllFields, filterMembershipStatus } from './getAll';
import { contactListSubscribeFields } from './subscribe';

const membership = resolveIds([
	{ parameter: 'contactListContact', kind: RECORD_KINDS.contact, bodyPath: 'contactList.contact' },
	{ parameter: 'contactListList', kind: RECORD_KINDS.list, bodyPath: 'contactList.list' },
]);

/** status 1 = subscribed, 2 = unsubscribed. */
function withStatus(status: number) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const body = (requestOptions.body ?? {}) as IDataObject;
		body.contactList = { ...((body.contactList as IDataObject | undefined) ?? {}), status };
		requestOptions.body = body;
		return requestOptions;
	};
}

const contactId = resolveIds([{ parameter: 'contactListContact', kind: RECORD_KINDS.contact }], '/contacts/{contactListContact}/contactLists');

export const contactListDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contactList'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many list memberships of a contact',
				description: 'List the lists a contact is on, with the status on each',
				routing: singleRoute(
					{ method: 'GET', url: '/contacts/{contactListContact}/contactLists' },
					{ preSend: [contactId], postReceive: [unwrapList('contactLists'), filterMembershipStatus, takeLimit()] },
				),
			},
			{
				name: 'Subscribe',
				value: 'subscribe',
				action: 'Subscribe a contact to a list',
				description: 'Subscribe a contact to a list (also re-subscribes a contact who unsubscribed); returns the membership',
				routing: singleRoute(
					{ method: 'POST', url: '/contactLists' },
					{ preSend: [membership, withStatus(1)], postReceive: [unwrapRecord('contactList')] },
				),
			},
			{
				name: 'Unsubscribe',
				value: 'unsubscribe',
				action: 'Unsubscribe a contact from a list',
				description: 'Unsubscribe a contact from a list; returns the membership',
				routing: singleRoute(
					{ method: 'POST', url: '/contactLists' },
					{ preSend: [membership, withStatus(2)], postReceive: [unwrapRecord('contactList')] },
				),
			},
		],
		default: 'subscribe',
	},
	...contactListSubscribeFields,
	...contactListGetAllFields,
	simplifyOption('contactList', ['subscribe', 'unsubscribe', 'getAll']),
];

/** Until this resource has one file per operation. */
export const contactList = legacyResource('Contact List', 'contactList', 'Subscriptions of contacts to lists', contactListDescription);
