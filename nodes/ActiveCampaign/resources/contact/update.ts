import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { contactFieldTitles } from '../../shared/output/fieldTitles';
import { bodyRoot } from '../../shared/routing/body';
import { singleRoute } from '../../shared/routing/routes';
import { contactDetailOptions, contactId } from './shared';

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a contact',
		description: "Change a contact's email, name, phone or custom field values",
		routing: singleRoute(
			{ method: 'PUT', url: '/contacts/{contact}' },
			{ preSend: [contactId, bodyRoot('contact'), contactFieldTitles('contactCustomFields')], postReceive: [unwrapRecord('contact')] },
		),
	},
	fields: [
		{
			displayName: 'Update Fields',
			name: 'contactUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
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
	],
	simplify: true,
};
