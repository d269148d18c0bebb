import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { locatorIntoQuery } from '../../shared/routing/query';
import { listRoute } from '../../shared/routing/routes';
import { accountLocator } from '../account/shared';
import { contactLocator } from '../contact/shared';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many account contacts',
		description: 'List contact-account links, optionally of one account or one contact',
		routing: listRoute({ method: 'GET', url: '/accountContacts' }, { postReceive: [unwrapList('accountContacts')] }),
	},
	fields: [
		...returnAllAndLimit('accountContact', 'getAll'),
		{
			displayName: 'Filters',
			name: 'accountContactFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					...accountLocator,
					required: false,
					description: 'Only the contacts of this account',
					routing: { send: { preSend: [locatorIntoQuery('accountContactFilters.account', RECORD_KINDS.account, 'filters[account]')] } },
				},
				{
					...contactLocator,
					required: false,
					description: "Only this contact's association",
					routing: { send: { preSend: [locatorIntoQuery('accountContactFilters.contact', RECORD_KINDS.contact, 'filters[contact]')] } },
				},
			],
		},
	],
	simplify: true,
};
