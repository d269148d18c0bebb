import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { contactFieldTitles } from '../../shared/output/fieldTitles';
import { bodyRoot } from '../../shared/routing/body';
import { singleRoute } from '../../shared/routing/routes';
import { contactEmailField } from './shared';

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a contact',
		description: 'Create a new contact; fails if a contact with the email already exists (use Create or Update for that)',
		routing: singleRoute({ method: 'POST', url: '/contacts' }, { preSend: [bodyRoot('contact'), contactFieldTitles('contactCustomFields')], postReceive: [unwrapRecord('contact')] }),
	},
	fields: [contactEmailField('contactCreateEmail', "The new contact's email address; it must not belong to another contact")],
	simplify: true,
};
