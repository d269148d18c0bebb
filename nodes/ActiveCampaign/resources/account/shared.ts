import type { INodeProperties } from 'n8n-workflow';

import { ACCOUNT_CUSTOM_FIELDS, customFieldsProperty } from '../../shared/customFields/values';
import { recordLocator, collectionOwnerOption } from '../../shared/locators/property';
import { RECORD_KINDS } from '../../shared/records/kinds';

export const accountLocator = recordLocator({
	name: 'account',
	displayName: 'Account',
	kind: RECORD_KINDS.account,
	searchListMethod: 'searchAccounts',
	byText: 'name',
	description: 'The account (company), picked from the list, by ID, or by its name',
});

export function accountCustomFields(operations: string[]): INodeProperties {
	return customFieldsProperty({
		resource: 'account',
		operations,
		source: ACCOUNT_CUSTOM_FIELDS,
		loadOptionsMethod: 'getAccountCustomFields',
		bodyPath: 'account.fields',
		name: 'accountCustomFields',
	});
}

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
