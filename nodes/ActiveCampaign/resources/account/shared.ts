import type { INodeProperties } from 'n8n-workflow';

import { ACCOUNT_CUSTOM_FIELDS, customFieldsProperty } from '../../shared/customFields/values';
import { showFor } from '../../shared/descriptions';
import { recordLocator, collectionOwnerOption } from '../../shared/locators/property';
import { resolveIds } from '../../shared/locators/read';
import { RECORD_KINDS } from '../../shared/records/kinds';

export const accountLocator = recordLocator({
	name: 'account',
	displayName: 'Account',
	kind: RECORD_KINDS.account,
	searchListMethod: 'searchAccounts',
	byText: 'name',
	description: 'The account (company), picked from the list, by ID, or by its name',
});

/** The account picker of every operation on one account. */
export const accountSharedFields: INodeProperties[] = [
	{ ...accountLocator, displayOptions: showFor('account', ['get', 'update', 'delete']) },
];

/** After each operation's own fields (Create's Name and Additional Fields, Update's Update Fields). */
export const accountSharedFieldsLast: INodeProperties[] = [
	customFieldsProperty({
		resource: 'account',
		operations: ['create', 'update'],
		source: ACCOUNT_CUSTOM_FIELDS,
		loadOptionsMethod: 'getAccountCustomFields',
		bodyPath: 'account.fields',
		name: 'accountCustomFields',
	}),
];

/** preSend: the picked account's ID into `/accounts/{account}`. */
export const accountId = resolveIds([{ parameter: 'account', kind: RECORD_KINDS.account }], '/accounts/{account}');

/** Account settings shared by create and update (body `account.*`), inside the collection `collection`. */
export function accountDetailOptions(collection: string): INodeProperties[] {
	return [
		collectionOwnerOption(collection, 'The user who owns the account (by username when typed)', 'account.owner'),
		{
			displayName: 'Website',
			name: 'accountUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://example.com',
			description: "The account's website",
			routing: { send: { type: 'body', property: 'account.accountUrl' } },
		},
	];
}
