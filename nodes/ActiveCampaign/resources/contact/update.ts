import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactCustomFields, contactDetailOptions } from './shared';

export const contactUpdateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'contactUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('contact', ['update']),
		options: [
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'A new email address for the contact',
				routing: { send: { type: 'body', property: 'contact.email' } },
			},
			...contactDetailOptions,
		],
	},
	// Create, Create or Update and Update share one Custom Fields parameter (declared last: it follows each one's fields).
	contactCustomFields(['create', 'upsert', 'update']),
];
