import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactCustomFields, contactDetailOptions, contactEmailField } from './shared';

export const contactCreateFields: INodeProperties[] = [
	contactEmailField('create', "The new contact's email address; it must not belong to another contact"),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('contact', ['create']),
		options: contactDetailOptions,
	},
	contactCustomFields(['create']),
];
