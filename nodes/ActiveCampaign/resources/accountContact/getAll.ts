import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { locatorIntoQuery } from '../../shared/routing/query';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { accountLocator } from '../account/shared';
import { contactLocator } from '../contact/shared';

export const accountContactGetAllFields: INodeProperties[] = [
	...returnAllAndLimit('accountContact', 'getAll'),
	{
		displayName: 'Filters',
		name: 'accountContactFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('accountContact', ['getAll']),
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
];
