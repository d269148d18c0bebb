import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { contactFieldTitles } from '../../shared/output/fieldTitles';
import { bodyRoot } from '../../shared/routing/body';
import { singleRoute } from '../../shared/routing/routes';
import { contactEmailField } from './shared';

export const upsert: OperationDefinition = {
	option: {
		name: 'Create or Update',
		value: 'upsert',
		action: 'Create or update a contact',
		description: 'Create a new record, or update the current one if it already exists (upsert)',
		routing: singleRoute({ method: 'POST', url: '/contact/sync' }, { preSend: [bodyRoot('contact'), contactFieldTitles('contactCustomFields')], postReceive: [unwrapRecord('contact', { createdFromStatus: true })] }),
	},
	fields: [
		contactEmailField(
			'contactUpsertEmail',
			'The email address that identifies the contact: the contact with this email is updated, or created when there is none',
		),
	],
	simplify: true,
};
