import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { contactFieldTitles } from '../../shared/output/fieldTitles';
import { singleRoute } from '../../shared/routing/routes';
import { contactId } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a contact',
		description: 'Get a contact by ID or email',
		routing: singleRoute({ method: 'GET', url: '/contacts/{contact}' }, { preSend: [contactId, contactFieldTitles()], postReceive: [unwrapRecord('contact')] }),
	},
	simplify: true,
};
