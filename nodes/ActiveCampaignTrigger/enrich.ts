import type { IDataObject, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { simplifyRecord } from '../ActiveCampaign/shared/output/simplify';
import { RECORD_KINDS } from '../ActiveCampaign/shared/records/kinds';
import { accountOrigin, apiRequest, apiRequestAllItems, type ApiContext } from '../ActiveCampaign/shared/transport/request';

/**
 * "Fetch Full Record": the webhook carries only a summary, so the contact or deal is read through the request
 * engine (paced, retried) and merged in: custom fields by ID and by title, tags, lists, and the full record.
 * Definitions (field titles, list and tag names) change rarely and are cached per account for a few minutes.
 */
const CACHE_MS = 5 * 60 * 1000;
const cache = new Map<string, { until: number; value: Promise<IDataObject[]> }>();

async function cachedAll(context: ApiContext, path: string, rootProperty: string, max: number): Promise<IDataObject[]> {
	const key = `${await accountOrigin(context)}${path}`;
	const hit = cache.get(key);
	if (hit && hit.until > Date.now()) return await hit.value;
	const value = apiRequestAllItems.call(context, path, rootProperty, {}, max);
	cache.set(key, { until: Date.now() + CACHE_MS, value });
	try {
		return await value;
	} catch (error) {
		cache.delete(key);
		throw new NodeApiError(context.getNode(), error as JsonObject);
	}
}

/** The account's contact custom field definitions (id, title, perstag…), cached like the others. */
export async function contactFieldDefinitions(context: ApiContext): Promise<IDataObject[]> {
	return await cachedAll(context, '/fields', 'fields', 2000);
}

export function clearEnrichmentCache(): void {
	cache.clear();
}

function byId(records: IDataObject[]): Map<string, IDataObject> {
	return new Map(records.map((record) => [String(record.id), record]));
}

function multiValue(value: unknown): unknown {
	if (typeof value === 'string' && /^\|\|.*\|\|$/.test(value)) return value.split('||').filter(Boolean);
	return value;
}

export async function enrichContact(context: ApiContext, contact: IDataObject): Promise<void> {
	const id = encodeURIComponent(String(contact.id));
	const response = await apiRequest.call(context, 'GET', `/contacts/${id}`);
	const record = response.contact as IDataObject | undefined;

	const fieldValues =
		(response.fieldValues as IDataObject[] | undefined) ??
		(((await apiRequest.call(context, 'GET', `/contacts/${id}/fieldValues`)).fieldValues as IDataObject[]) ?? []);
	const fieldDefinitions = await contactFieldDefinitions(context);
	const definitions = byId(fieldDefinitions);
	// The record as the action node's Simplify shows it: id first, typed, custom fields by title (README "Simplify").
	if (record) contact.details = simplifyRecord(RECORD_KINDS.contact, record, { body: { ...response, fieldValues }, fieldDefinitions });
	const fields: IDataObject = { ...((contact.fields as IDataObject) ?? {}) };
	const fieldsByTitle: IDataObject = {};
	for (const fieldValue of fieldValues) {
		const fieldId = String(fieldValue.field);
		const value = multiValue(fieldValue.value) as IDataObject;
		fields[fieldId] = value;
		const title = definitions.get(fieldId)?.title;
		if (title) fieldsByTitle[String(title)] = value;
	}
	contact.fields = fields;
	contact.fieldsByTitle = fieldsByTitle;

	const memberships = (response.contactLists as IDataObject[] | undefined) ?? [];
	if (memberships.length > 0) {
		const lists = byId(await cachedAll(context, '/lists', 'lists', 2000));
		contact.lists = memberships.map((membership) => ({
			id: String(membership.list),
			name: (lists.get(String(membership.list))?.name as string | undefined) ?? null,
			status: Number(membership.status),
		}));
	} else {
		contact.lists = [];
	}

	const contactTags =
		((await apiRequest.call(context, 'GET', `/contacts/${id}/contactTags`)).contactTags as IDataObject[] | undefined) ?? [];
	if (contactTags.length > 0) {
		const tags = byId(await cachedAll(context, '/tags', 'tags', 2000));
		const names: string[] = [];
		for (const contactTag of contactTags) {
			let tag = tags.get(String(contactTag.tag));
			if (!tag) {
				tag = ((await apiRequest.call(context, 'GET', `/tags/${encodeURIComponent(String(contactTag.tag))}`))
					.tag as IDataObject | undefined) ?? { tag: String(contactTag.tag) };
			}
			names.push(String(tag.tag));
		}
		contact.tags = names;
	}
}

export async function enrichDeal(context: ApiContext, deal: IDataObject): Promise<void> {
	const id = encodeURIComponent(String(deal.id));
	const response = await apiRequest.call(context, 'GET', `/deals/${id}`);
	const record = response.deal as IDataObject | undefined;
	if (record) deal.details = simplifyRecord(RECORD_KINDS.deal, record, { body: response });
	const data = await apiRequestAllItems.call(context, '/dealCustomFieldData', 'dealCustomFieldData', {
		'filters[dealId]': String(deal.id),
	});
	const definitions = byId(await cachedAll(context, '/dealCustomFieldMeta', 'dealCustomFieldMeta', 2000));
	const fields: IDataObject = {};
	const fieldsByTitle: IDataObject = {};
	for (const datum of data) {
		if (String(datum.dealId ?? deal.id) !== String(deal.id)) continue;
		const fieldId = String(datum.customFieldId ?? datum.dealCustomFieldMetumId);
		const value = multiValue(datum.fieldValue) as IDataObject;
		fields[fieldId] = value;
		const label = definitions.get(fieldId)?.fieldLabel;
		if (label) fieldsByTitle[String(label)] = value;
	}
	deal.fields = fields;
	deal.fieldsByTitle = fieldsByTitle;
}

/** Enriches the contact and deal of an item in place. */
export async function enrichItem(context: ApiContext, item: IDataObject): Promise<void> {
	const contact = item.contact as IDataObject | undefined;
	if (contact?.id !== undefined && contact.id !== '' && contact.id !== '0') await enrichContact(context, contact);
	const deal = item.deal as IDataObject | undefined;
	if (deal?.id !== undefined && deal.id !== '' && deal.id !== '0') await enrichDeal(context, deal);
}
