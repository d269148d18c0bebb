import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { contactCustomFields, contactDetailOptions, contactEmailField } from './shared';

export const contactUpsertFields: INodeProperties[] = [
	contactEmailField(
		'upsert',
		'The email address that identifies the contact: the contact with this email is updated, or created when there is none',
	),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('contact', ['upsert']),
		options: contactDetailOptions,
	},
	contactCustomFields(['upsert']),
];
