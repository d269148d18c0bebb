import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactDetailOptions, contactEmailField } from './shared';

export const contactUpsertFields: INodeProperties[] = [
	contactEmailField(
		'upsert',
		'contactUpsertEmail',
		'The email address that identifies the contact: the contact with this email is updated, or created when there is none',
	),
	// One parameter for Create and Create or Update (declared after both emails, so it follows each).
	{
		displayName: 'Additional Fields',
		name: 'contactAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('contact', ['create', 'upsert']),
		options: contactDetailOptions,
	},
];
