import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { failItem } from '../../shared/errors/failItem';
import { resolveRecordId } from '../../shared/locators/read';
import { itemState } from '../../shared/memo/itemState';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { apiRequestAllItems } from '../../shared/transport/request';

/**
 * Finds the link of this deal and contact in the contact's own list (`GET /contacts/{id}/contactDeals`,
 * documented; `GET /contactDeals` documents no filters: FACTS §2), every page, checking both IDs of each link.
 */
async function findLink(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const deal = await resolveRecordId(this, 'dealContactDeal', RECORD_KINDS.deal);
	const contact = await resolveRecordId(this, 'dealContactContact', RECORD_KINDS.contact);
	const [link] = await apiRequestAllItems.call(
		this,
		`/contacts/${contact}/contactDeals`,
		'contactDeals',
		{},
		1,
		(entry) => String(entry.deal) === deal && String(entry.contact) === contact,
	);
	if (!link) failItem(this, `Contact ${contact} is not a secondary contact of deal ${deal}`, 'Nothing to remove. (The primary contact is changed with Deal > Update.)');
	Object.assign(itemState(this), { removed: { deal, contact, contactDeal: String(link.id) } });
	requestOptions.url = `/contactDeals/${String(link.id)}`;
	return requestOptions;
}

async function removedOutput(this: IExecuteSingleFunctions) {
	return [{ json: { removed: true, ...(itemState(this).removed as IDataObject) } }];
}

export const remove: OperationDefinition = {
	option: {
		name: 'Remove',
		value: 'remove',
		action: 'Remove a secondary contact from a deal',
		description: 'Unlink a secondary contact from a deal; the contact and deal stay',
		routing: singleRoute({ method: 'DELETE', url: '/contactDeals/{id}' }, { preSend: [findLink], postReceive: [removedOutput] }),
	},
};
