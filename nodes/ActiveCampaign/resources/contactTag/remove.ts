import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { resolveRecordId } from '../../shared/locators/read';
import { itemState } from '../../shared/memo/itemState';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { apiRequest } from '../../shared/transport/request';
import { contactTagState } from './shared';

async function findAssociation(context: IExecuteSingleFunctions, contact: string, tag: string) {
	const response = await apiRequest.call(context, 'GET', `/contacts/${contact}/contactTags`);
	const associations = (response.contactTags as IDataObject[] | undefined) ?? [];
	return associations.find((association) => String(association.tag) === tag);
}

/** preSend: DELETE /contactTags/{association}, or (not tagged) a read of the contact's tags. */
async function prepareRemove(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const contact = await resolveRecordId(this, 'contactTagContact', RECORD_KINDS.contact);
	const tag = await resolveRecordId(this, 'contactTagTag', RECORD_KINDS.tag);
	const existing = await findAssociation(this, contact, tag);
	itemState(this).contactTag = { contact, tag, tagCreated: false, existing } as unknown as IDataObject;
	if (existing) {
		requestOptions.method = 'DELETE';
		requestOptions.url = `/contactTags/${String(existing.id)}`;
	} else {
		requestOptions.method = 'GET';
		requestOptions.url = `/contacts/${contact}/contactTags`;
	}
	return requestOptions;
}

async function reportRemove(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	const found = contactTagState(this);
	if (found.existing) {
		return [{ json: { removed: true, contact: found.contact, tag: found.tag, contactTag: String(found.existing.id) } }];
	}
	return [
		{
			json: {
				removed: false,
				notTagged: true,
				contact: found.contact,
				tag: found.tag,
				message: 'The contact does not have this tag; nothing to remove',
			},
		},
	];
}

export const remove: OperationDefinition = {
	option: {
		name: 'Remove',
		value: 'remove',
		action: 'Remove a tag from a contact',
		description: 'Take a tag off a contact; when the contact does not have it, says so (removed false) without failing',
		routing: singleRoute({ method: 'DELETE', url: '/contactTags/{contactTag}' }, { preSend: [prepareRemove], postReceive: [reportRemove] }),
	},
};
