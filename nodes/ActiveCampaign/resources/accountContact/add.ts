import type { OperationDefinition } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { accountLocator } from '../account/shared';

const link = resolveIds([
	{ parameter: 'accountContactAccount', kind: RECORD_KINDS.account, bodyPath: 'accountContact.account' },
	{ parameter: 'accountContactContact', kind: RECORD_KINDS.contact, bodyPath: 'accountContact.contact' },
]);

export const add: OperationDefinition = {
	option: {
		name: 'Add',
		value: 'add',
		action: 'Add a contact to an account',
		description: 'Link a contact to an account (company), with an optional job title',
		routing: singleRoute({ method: 'POST', url: '/accountContacts' }, { preSend: [link], postReceive: [unwrapRecord('accountContact')] }),
	},
	fields: [{ ...accountLocator, name: 'accountContactAccount' }],
	simplify: true,
};
