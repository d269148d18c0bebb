import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { failItem } from '../../shared/errors/failItem';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { associationOf } from './shared';

/** preSend: PUT /accountContacts/{id} of the contact's association. */
async function prepareUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const { contact, association } = await associationOf(this);
	if (!association) failItem(this, `The contact ${contact} is not linked to any account`, 'Link it first with Account Contact > Add.');
	requestOptions.url = `/accountContacts/${String(association.id)}`;
	const body = (requestOptions.body ?? {}) as IDataObject;
	body.accountContact = { ...((body.accountContact as IDataObject | undefined) ?? {}) };
	requestOptions.body = body;
	return requestOptions;
}

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update the job title of a contact at its account',
		description: "Change the job title of a contact at the account it is linked to",
		routing: singleRoute(
			{ method: 'PUT', url: '/accountContacts/{id}' },
			{ preSend: [prepareUpdate], postReceive: [unwrapRecord('accountContact')] },
		),
	},
	simplify: true,
};
