import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactLocator } from '../contact/shared';
import { accountLocator } from '../account/shared';

export const accountContactAddFields: INodeProperties[] = [
	{ ...accountLocator, name: 'accountContactAccount', displayOptions: showFor('accountContact', ['add']) },
	{
		...contactLocator,
		name: 'accountContactContact',
		description: 'The contact, picked from the list, by ID, or by email address. A contact belongs to one account at most.',
		displayOptions: showFor('accountContact', ['add', 'update', 'remove']),
	},
	{
		displayName: 'Job Title',
		name: 'jobTitle',
		type: 'string',
		default: '',
		placeholder: 'e.g. Head of Marketing',
		description: "The contact's job title at the account",
		displayOptions: showFor('accountContact', ['add', 'update']),
		routing: { send: { type: 'body', property: 'accountContact.jobTitle' } },
	},
];
