import type { INodeProperties } from 'n8n-workflow';

import { CONTACT_CUSTOM_FIELDS, customFieldsProperty } from '../../shared/customFields/values';
import { showFor } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { resolveIds } from '../../shared/locators/read';
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

/** The email of Create and Create or Update: the same field under each one's own name and description. */
export function contactEmailField(name: string, description: string): INodeProperties {
	return {
		displayName: 'Email',
		name,
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		description,
		routing: { send: { type: 'body', property: 'contact.email' } },
	};
}

/** The contact picker of every operation on one contact. */
export const contactSharedFields: INodeProperties[] = [
	{ ...contactLocator, displayOptions: showFor('contact', ['get', 'update', 'delete']) },
];

/** After each operation's own fields (Create's and Create or Update's email, Update's Update Fields). */
export const contactSharedFieldsLast: INodeProperties[] = [
	{
		displayName: 'Additional Fields',
		name: 'contactAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('contact', ['create', 'upsert']),
		options: contactDetailOptions,
	},
	customFieldsProperty({
		resource: 'contact',
		operations: ['create', 'upsert', 'update'],
		source: CONTACT_CUSTOM_FIELDS,
		loadOptionsMethod: 'getContactCustomFields',
		bodyPath: 'contact.fieldValues',
		name: 'contactCustomFields',
	}),
];

/** preSend: the picked contact's ID into `/contacts/{contact}`. */
export const contactId = resolveIds([{ parameter: 'contact', kind: RECORD_KINDS.contact }], '/contacts/{contact}');
