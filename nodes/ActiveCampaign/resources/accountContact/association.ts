import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';

import { failItem } from '../../shared/errors/failItem';
import { itemState } from '../../shared/memo/itemState';
import { resolveRecordId } from '../../shared/locators/read';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { apiRequest } from '../../shared/transport/request';

/** A contact belongs to one account at most: update and remove find that association by the contact. */
async function associationOf(context: IExecuteSingleFunctions): Promise<{ contact: string; association?: IDataObject }> {
	const contact = await resolveRecordId(context, 'accountContactContact', RECORD_KINDS.contact);
	const response = await apiRequest.call(context, 'GET', '/accountContacts', undefined, { 'filters[contact]': contact });
	const associations = (response.accountContacts as IDataObject[] | undefined) ?? [];
	return { contact, association: associations.find((entry) => String(entry.contact) === contact) };
}

/** preSend of update: PUT /accountContacts/{id} of the contact's association. */
export async function prepareUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const { contact, association } = await associationOf(this);
	if (!association) failItem(this, `The contact ${contact} is not linked to any account`, 'Link it first with Account Contact > Add.');
	requestOptions.url = `/accountContacts/${String(association.id)}`;
	const body = (requestOptions.body ?? {}) as IDataObject;
	body.accountContact = { ...((body.accountContact as IDataObject | undefined) ?? {}) };
	requestOptions.body = body;
	return requestOptions;
}

/** preSend of remove: DELETE /accountContacts/{id}, or (not linked) a read that reports it. */
export async function prepareRemove(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const { contact, association } = await associationOf(this);
	itemState(this).accountContact = { contact, association: association ?? null } as IDataObject;
	if (association) {
		requestOptions.url = `/accountContacts/${String(association.id)}`;
	} else {
		requestOptions.method = 'GET';
		requestOptions.url = '/accountContacts';
		requestOptions.qs = { 'filters[contact]': contact };
	}
	return requestOptions;
}

export async function reportRemove(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	const found = itemState(this).accountContact as { contact: string; association: IDataObject | null };
	if (found.association) {
		return [
			{
				json: {
					removed: true,
					contact: found.contact,
					account: String(found.association.account),
					accountContact: String(found.association.id),
				},
			},
		];
	}
	return [{ json: { removed: false, contact: found.contact, message: 'The contact is not linked to any account; nothing to remove' } }];
}
