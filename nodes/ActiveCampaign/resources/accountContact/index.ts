import { legacyResource } from '../../shared/descriptions';
import type { INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { accountContactAddFields } from './add';
import { prepareRemove, prepareUpdate, reportRemove } from './association';
import { accountContactGetAllFields } from './getAll';

const link = resolveIds([
	{ parameter: 'accountContactAccount', kind: RECORD_KINDS.account, bodyPath: 'accountContact.account' },
	{ parameter: 'accountContactContact', kind: RECORD_KINDS.contact, bodyPath: 'accountContact.contact' },
]);

export const accountContactDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['accountContact'] } },
		options: [
			{
				name: 'Add',
				value: 'add',
				action: 'Add a contact to an account',
				description: 'Link a contact to an account (company), with an optional job title',
				routing: singleRoute({ method: 'POST', url: '/accountContacts' }, { preSend: [link], postReceive: [unwrapRecord('accountContact')] }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many account contacts',
				description: 'List contact-account links, optionally of one account or one contact',
				routing: listRoute({ method: 'GET', url: '/accountContacts' }, { postReceive: [unwrapList('accountContacts')] }),
			},
			{
				name: 'Remove',
				value: 'remove',
				action: 'Remove a contact from an account',
				description: 'Unlink a contact from its account; when it has none, says so (removed false) without failing',
				routing: singleRoute({ method: 'DELETE', url: '/accountContacts/{id}' }, { preSend: [prepareRemove], postReceive: [reportRemove] }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update the job title of a contact at its account',
				description: "Change the job title of a contact at the account it is linked to",
				routing: singleRoute(
					{ method: 'PUT', url: '/accountContacts/{id}' },
					{ preSend: [prepareUpdate], postReceive: [unwrapRecord('accountContact')] },
				),
			},
		],
		default: 'add',
	},
	...accountContactAddFields,
	...accountContactGetAllFields,
	simplifyOption('accountContact', ['add', 'getAll', 'update']),
];

/** Until this resource has one file per operation. */
export const accountContact = legacyResource('Account Contact', 'accountContact', 'Links between contacts and accounts, with job titles', accountContactDescription);
