import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { contactLocator } from '../contact/shared';
import { listLocator } from '../list/shared';

/** Subscribe and Unsubscribe take the same two pickers; Get Many takes the contact. */
export const contactListSharedFields: INodeProperties[] = [
	{ ...contactLocator, name: 'contactListContact', displayOptions: showFor('contactList', ['subscribe', 'unsubscribe', 'getAll']) },
	{
		...listLocator,
		name: 'contactListList',
		description: 'The list, picked from the list, by ID, or by its name',
		displayOptions: showFor('contactList', ['subscribe', 'unsubscribe']),
	},
];

/** preSend: the picked contact's and list's IDs into the body `contactList`. */
export const membership = resolveIds([
	{ parameter: 'contactListContact', kind: RECORD_KINDS.contact, bodyPath: 'contactList.contact' },
	{ parameter: 'contactListList', kind: RECORD_KINDS.list, bodyPath: 'contactList.list' },
]);

/** status 1 = subscribed, 2 = unsubscribed. */
export function withStatus(status: number) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const body = (requestOptions.body ?? {}) as IDataObject;
		body.contactList = { ...((body.contactList as IDataObject | undefined) ?? {}), status };
		requestOptions.body = body;
		return requestOptions;
	};
}
