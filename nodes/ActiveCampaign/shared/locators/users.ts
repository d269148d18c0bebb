import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { recordLocator, resolveRecordId } from './resolve';
import { RECORD_KINDS } from '../records/kinds';
import { setBodyPath } from '../routing/body';

/** A user picker (owner, assignee): from the list, by ID, or by a name typed in. */
export const userLocator = (name: string, displayName: string, description: string): INodeProperties =>
	recordLocator({
		name,
		displayName,
		kind: RECORD_KINDS.user,
		searchListMethod: 'searchUsers',
		byText: 'name',
		required: false,
		description,
	});

/**
 * The Owner option of a collection (`<collection>.owner`), resolved by username into the body at
 * `bodyPath` (e.g. `account.owner`, `list.user`).
 */
export function collectionOwnerOption(collection: string, description: string, bodyPath: string): INodeProperties {
	return {
		...userLocator('owner', 'Owner', description),
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
						const owner = await resolveRecordId(this, `${collection}.owner`, RECORD_KINDS.user);
						setBodyPath(requestOptions, bodyPath, owner);
						return requestOptions;
					},
				],
			},
		},
	};
}
