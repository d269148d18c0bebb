import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { contactFieldId } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a contact custom field',
		description: 'Get a contact custom field by title or ID',
		routing: singleRoute({ method: 'GET', url: '/fields/{field}' }, { preSend: [contactFieldId], postReceive: [unwrapRecord('field')] }),
	},
	simplify: true,
};
