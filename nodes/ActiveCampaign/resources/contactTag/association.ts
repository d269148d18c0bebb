import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeParameterResourceLocator,
} from 'n8n-workflow';

import { itemState } from '../../shared/itemState';
import { findRecordByName, resolveRecordId } from '../../shared/locators';
import { withoutLinks } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/recordKinds';
import { apiRequest } from '../../shared/transport';

/**
 * contactTag add/remove find the contact-tag association themselves (GET /contacts/{id}/contactTags): add does
 * not duplicate it and reports `alreadyTagged`, remove deletes it by its own ID or reports "not tagged".
 */
interface TagState {
	contact: string;
	tag: string;
	tagCreated: boolean;
	existing?: IDataObject;
}

function state(context: IExecuteSingleFunctions): TagState {
	return itemState(context).contactTag as unknown as TagState;
}

async function tagIdFor(context: IExecuteSingleFunctions, createMissing: boolean): Promise<{ id: string; created: boolean }> {
	const raw = context.getNodeParameter('tag', '') as INodeParameterResourceLocator | string;
	const locator = typeof raw === 'object' && raw !== null ? raw : { mode: 'auto', value: String(raw) };
	const text = String(locator.value ?? '').trim();
	const typedName = locator.mode === 'name' || (locator.mode !== 'id' && locator.mode !== 'list' && !/^\d+$/.test(text));
	if (createMissing && typedName && text) {
		const existing = await findRecordByName(context, RECORD_KINDS.tag, text);
		if (existing) return { id: String(existing.id), created: false };
		const response = await apiRequest.call(context, 'POST', '/tags', { tag: { tag: text, tagType: 'contact' } });
		return { id: String((response.tag as IDataObject).id), created: true };
	}
	return { id: await resolveRecordId(context, 'tag', RECORD_KINDS.tag), created: false };
}

async function findAssociation(context: IExecuteSingleFunctions, contact: string, tag: string) {
	const response = await apiRequest.call(context, 'GET', `/contacts/${contact}/contactTags`);
	const associations = (response.contactTags as IDataObject[] | undefined) ?? [];
	return associations.find((association) => String(association.tag) === tag);
}

/** preSend of add: POST /contactTags, or (already tagged) a read of the contact's tags instead of a write. */
export async function prepareAdd(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const contact = await resolveRecordId(this, 'contact', RECORD_KINDS.contact);
	const tag = await tagIdFor(this, this.getNodeParameter('createTag', false) as boolean);
	const existing = tag.created ? undefined : await findAssociation(this, contact, tag.id);
	itemState(this).contactTag = { contact, tag: tag.id, tagCreated: tag.created, existing } as unknown as IDataObject;
	if (existing) {
		requestOptions.method = 'GET';
		requestOptions.url = `/contacts/${contact}/contactTags`;
		delete requestOptions.body;
	} else {
		requestOptions.body = { contactTag: { contact, tag: tag.id } };
	}
	return requestOptions;
}

function simplified(context: IExecuteSingleFunctions, record: IDataObject): IDataObject {
	return (context.getNodeParameter('simplify', true) as boolean) ? withoutLinks(record) : record;
}

export async function reportAdd(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const found = state(this);
	const body = (response.body ?? items[0]?.json ?? {}) as IDataObject;
	if (found.existing) {
		const current =
			((body.contactTags as IDataObject[] | undefined) ?? []).find((association) => String(association.tag) === found.tag) ??
			found.existing;
		return [{ json: { ...simplified(this, current), alreadyTagged: true, tagCreated: false } }];
	}
	const record = (body.contactTag as IDataObject | undefined) ?? body;
	const json = (this.getNodeParameter('simplify', true) as boolean) ? withoutLinks(record) : body;
	return [{ json: { ...json, alreadyTagged: false, tagCreated: found.tagCreated } }];
}

/** preSend of remove: DELETE /contactTags/{association}, or (not tagged) a read of the contact's tags. */
export async function prepareRemove(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const contact = await resolveRecordId(this, 'contact', RECORD_KINDS.contact);
	const tag = await resolveRecordId(this, 'tag', RECORD_KINDS.tag);
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

export async function reportRemove(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	const found = state(this);
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
