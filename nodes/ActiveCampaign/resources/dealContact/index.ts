import { legacyResource } from '../../shared/descriptions';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds, resolveRecordId } from '../../shared/locators/read';
import { failItem } from '../../shared/errors/failItem';
import { itemState } from '../../shared/memo/itemState';
import { unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute, type ListTarget } from '../../shared/routing/routes';
import { apiRequestAllItems } from '../../shared/transport/request';
import { dealContactAddFields } from './add';
import { dealContactGetAllFields } from './getAll';

const both = resolveIds([
	{ parameter: 'dealContactDeal', kind: RECORD_KINDS.deal, bodyPath: 'contactDeal.deal' },
	{ parameter: 'dealContactContact', kind: RECORD_KINDS.contact, bodyPath: 'contactDeal.contact' },
]);

/**
 * remove: finds the link of this deal and contact in the contact's own list (`GET /contacts/{id}/contactDeals`,
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

/** getAll: the deal's own list of contact links (linked from real deal records: FACTS §2), each checked to be of this deal. */
async function dealLinks(context: IExecuteSingleFunctions): Promise<ListTarget> {
	const deal = await resolveRecordId(context, 'dealContactDeal', RECORD_KINDS.deal);
	return { url: `/deals/${deal}/contactDeals`, matches: (entry) => String(entry.deal) === deal };
}

export const dealContactDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['dealContact'] } },
		options: [
			{
				name: 'Add',
				value: 'add',
				action: 'Add a secondary contact to a deal',
				description: 'Link another contact to a deal, besides its primary contact',
				routing: singleRoute({ method: 'POST', url: '/contactDeals' }, { preSend: [both], postReceive: [unwrapRecord('contactDeal')] }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many secondary contacts of a deal',
				description: "List a deal's secondary contacts (links with the contact's ID)",
				routing: listRoute(
					{ method: 'GET', url: '/deals/{dealContactDeal}/contactDeals' },
					{ postReceive: [unwrapList('contactDeals')], target: dealLinks },
				),
			},
			{
				name: 'Remove',
				value: 'remove',
				action: 'Remove a secondary contact from a deal',
				description: 'Unlink a secondary contact from a deal; the contact and deal stay',
				routing: singleRoute({ method: 'DELETE', url: '/contactDeals/{id}' }, { preSend: [findLink], postReceive: [removedOutput] }),
			},
		],
		default: 'add',
	},
	...dealContactAddFields,
	...dealContactGetAllFields,
	simplifyOption('dealContact', ['add', 'getAll']),
];

/** Until this resource has one file per operation. */
export const dealContact = legacyResource('Deal Contact', 'dealContact', 'Secondary contacts of deals', dealContactDescription);
