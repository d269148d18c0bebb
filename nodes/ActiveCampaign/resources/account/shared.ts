import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { ACCOUNT_CUSTOM_FIELDS, customFieldsProperty } from '../../shared/customFieldValues';
import { recordLocator, resolveRecordId } from '../../shared/locators';
import { RECORD_KINDS } from '../../shared/recordKinds';

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
	});
}

/** Account settings shared by create and update (body `account.*`), inside the collection `collection`. */
export function accountDetailOptions(collection: string): INodeProperties[] {
	return [
		{
			...recordLocator({
				name: 'owner',
				displayName: 'Owner',
				kind: RECORD_KINDS.user,
				searchListMethod: 'searchUsers',
				byText: 'name',
				required: false,
				description: 'The user who owns the account (by username when typed)',
			}),
			routing: {
				send: {
					preSend: [
						async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
							const owner = await resolveRecordId(this, `${collection}.owner`, RECORD_KINDS.user);
							const body = (requestOptions.body ?? {}) as IDataObject;
							body.account = { ...((body.account as IDataObject | undefined) ?? {}), owner };
							requestOptions.body = body;
							return requestOptions;
						},
					],
				},
			},
		},
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
