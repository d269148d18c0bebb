import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators';
import { locatorIntoQuery } from '../../shared/queryFilters';
import { RECORD_KINDS } from '../../shared/recordKinds';

export const accountContactGetAllFields: INodeProperties[] = [
	...returnAllAndLimit('accountContact', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('accountContact', ['getAll']),
		options: [
			{
				...recordLocator({
					name: 'account',
					displayName: 'Account',
					kind: RECORD_KINDS.account,
					searchListMethod: 'searchAccounts',
					byText: 'name',
					required: false,
					description: 'Only the contacts of this account',
				}),
				routing: { send: { preSend: [locatorIntoQuery('filters.account', RECORD_KINDS.account, 'filters[account]')] } },
			},
			{
				...recordLocator({
					name: 'contact',
					displayName: 'Contact',
					kind: RECORD_KINDS.contact,
					searchListMethod: 'searchContacts',
					byText: 'email',
					required: false,
					description: "Only this contact's association",
				}),
				routing: { send: { preSend: [locatorIntoQuery('filters.contact', RECORD_KINDS.contact, 'filters[contact]')] } },
			},
		],
	},
];
