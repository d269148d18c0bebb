import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { resolveRecordId } from '../../shared/locators/read';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { apiRequest } from '../../shared/transport/request';
import { contactLocator } from '../contact/shared';

/** After each operation's own fields: Add picks the account first, then the contact. */
export const accountContactSharedFieldsLast: INodeProperties[] = [
	{
		...contactLocator,
		name: 'accountContactContact',
		description: 'The contact, picked from the list, by ID, or by email address. A contact belongs to one account at most.',
		displayOptions: showFor('accountContact', ['add', 'update', 'remove']),
	},
	{
		displayName: 'Job Title',
		name: 'jobTitle',
		type: 'string',
		default: '',
		placeholder: 'e.g. Head of Marketing',
		description: "The contact's job title at the account",
		displayOptions: showFor('accountContact', ['add', 'update']),
		routing: { send: { type: 'body', property: 'accountContact.jobTitle' } },
	},
];

/** A contact belongs to one account at most: update and remove find that association by the contact. */
export async function associationOf(context: IExecuteSingleFunctions): Promise<{ contact: string; association?: IDataObject }> {
	const contact = await resolveRecordId(context, 'accountContactContact', RECORD_KINDS.contact);
	const response = await apiRequest.call(context, 'GET', '/accountContacts', undefined, { 'filters[contact]': contact });
	const associations = (response.accountContacts as IDataObject[] | undefined) ?? [];
	return { contact, association: associations.find((entry) => String(entry.contact) === contact) };
}
