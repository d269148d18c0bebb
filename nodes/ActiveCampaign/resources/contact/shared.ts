import type { INodeProperties } from 'n8n-workflow';

import { CONTACT_CUSTOM_FIELDS, customFieldsProperty } from '../../shared/customFields/values';
import { recordLocator } from '../../shared/locators/property';
import { RECORD_KINDS } from '../../shared/records/kinds';

export const contactLocator = recordLocator({
	name: 'contact',
	displayName: 'Contact',
	kind: RECORD_KINDS.contact,
	searchListMethod: 'searchContacts',
	byText: 'email',
	description: 'The contact, picked from the list, by ID, or by email address',
});

/** First name, last name and phone: the same on create, upsert and update. */
export const contactDetailOptions: INodeProperties[] = [
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		default: '',
		description: "The contact's first name",
		routing: { send: { type: 'body', property: 'contact.firstName' } },
	},
	{
		displayName: 'Last Name',
		name: 'lastName',
		type: 'string',
		default: '',
		description: "The contact's last name",
		routing: { send: { type: 'body', property: 'contact.lastName' } },
	},
	{
		displayName: 'Phone',
		name: 'phone',
		type: 'string',
		default: '',
		placeholder: 'e.g. +1 312 555 0100',
		description: "The contact's phone number",
		routing: { send: { type: 'body', property: 'contact.phone' } },
	},
];

export function contactCustomFields(operations: string[]): INodeProperties {
	return customFieldsProperty({
		resource: 'contact',
		operations,
		source: CONTACT_CUSTOM_FIELDS,
		loadOptionsMethod: 'getContactCustomFields',
		bodyPath: 'contact.fieldValues',
		name: 'contactCustomFields',
	});
}

export function contactEmailField(operation: string, name: string, description: string): INodeProperties {
	return {
		displayName: 'Email',
		name,
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		description,
		displayOptions: { show: { resource: ['contact'], operation: [operation] } },
		routing: { send: { type: 'body', property: 'contact.email' } },
	};
}
