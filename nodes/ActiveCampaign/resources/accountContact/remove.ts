import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { itemState } from '../../shared/memo/itemState';
import { singleRoute } from '../../shared/routing/routes';
import { associationOf } from './shared';

/** preSend: DELETE /accountContacts/{id}, or (not linked) a read that reports it. */
async function prepareRemove(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
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

async function reportRemove(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
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

export const remove: OperationDefinition = {
	option: {
		name: 'Remove',
		value: 'remove',
		action: 'Remove a contact from an account',
		description: 'Unlink a contact from its account; when it has none, says so (removed false) without failing',
		routing: singleRoute({ method: 'DELETE', url: '/accountContacts/{id}' }, { preSend: [prepareRemove], postReceive: [reportRemove] }),
	},
};
