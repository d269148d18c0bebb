import { legacyResource, type OperationDefinition } from '../../shared/descriptions';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { confirmDeleted, unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { contactCreateFields } from './create';
import { contactGetFields } from './get';
import { contactGetAllFields } from './getAll';
import { contactImportManyFields, contactImportManyOption, importManyContacts } from './importMany/importMany';
import { contactUpdateFields } from './update';
import { contactUpsertFields } from './upsert';

const contactId = resolveIds([{ parameter: 'contact', kind: RECORD_KINDS.contact }], '/contacts/{contact}');

/** Update may change custom fields only: the API still wants a `contact` object. */
async function contactBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = (requestOptions.body ?? {}) as IDataObject;
	if (typeof body.contact !== 'object' || body.contact === null) body.contact = {};
	requestOptions.body = body;
	return requestOptions;
}

export const contactDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contact'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a contact',
				description: 'Create a new contact; fails if a contact with the email already exists (use Create or Update for that)',
				routing: singleRoute({ method: 'POST', url: '/contacts' }, { preSend: [contactBody], postReceive: [unwrapRecord('contact')] }),
			},
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update a contact',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				routing: singleRoute({ method: 'POST', url: '/contact/sync' }, { preSend: [contactBody], postReceive: [unwrapRecord('contact')] }),
			},
			// Create or Update Many: the bulk importer (./importMany.ts)
			{ ...contactImportManyOption },
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a contact',
				description: 'Delete a contact, by ID or email',
				routing: singleRoute(
					{ method: 'DELETE', url: '/contacts/{contact}' },
					{ preSend: [contactId], postReceive: [confirmDeleted('contact', 'contact')] },
				),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact',
				description: 'Get a contact by ID or email',
				routing: singleRoute({ method: 'GET', url: '/contacts/{contact}' }, { preSend: [contactId], postReceive: [unwrapRecord('contact')] }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contacts',
				description: 'List contacts, filtered by text, email, list, tag, segment, automation or date',
				routing: listRoute({ method: 'GET', url: '/contacts' }, { postReceive: [unwrapList('contacts')], keyset: true }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a contact',
				description: "Change a contact's email, name, phone or custom field values",
				routing: singleRoute(
					{ method: 'PUT', url: '/contacts/{contact}' },
					{ preSend: [contactId, contactBody], postReceive: [unwrapRecord('contact')] },
				),
			},
		],
		default: 'upsert',
	},
	...contactCreateFields,
	...contactUpsertFields,
	...contactGetFields,
	...contactGetAllFields,
	...contactImportManyFields,
	...contactUpdateFields,
	simplifyOption('contact', ['create', 'upsert', 'get', 'getAll', 'update']),
];

/** Until this resource has one file per operation. */
export const contact = legacyResource('Contact', 'contact', 'People in ActiveCampaign, found by ID or email', contactDescription, [{ option: contactImportManyOption as OperationDefinition['option'], execute: importManyContacts }]);
