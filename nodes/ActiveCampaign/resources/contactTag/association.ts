import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { itemState } from '../../shared/memo/itemState';
import { findRecordByName, locatorText, readLocator, resolveRecordId } from '../../shared/locators/read';
import { withoutLinks } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { oncePerRun } from '../../shared/memo/runMemo';
import { apiRequest } from '../../shared/transport/request';

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
	const raw = context.getNodeParameter('contactTagTag', '');
	const reading = readLocator(context, raw, RECORD_KINDS.tag);
	// A tag picked from the list exists; only a name typed in (or from an expression) may be created.
	if (createMissing && !reading.empty && 'name' in reading && locatorText(raw).mode !== 'list') {
		const text = reading.name;
		return await oncePerRun(context, `tag-find-or-create:${text.toLowerCase()}`, async () => {
			const existing = await findRecordByName(context, RECORD_KINDS.tag, text);
			if (existing) return { id: String(existing.id), created: false };
			const response = await apiRequest.call(context, 'POST', '/tags', { tag: { tag: text, tagType: 'contact' } });
			return { id: String((response.tag as IDataObject).id), created: true };
		});
	}
	return { id: await resolveRecordId(context, 'contactTagTag', RECORD_KINDS.tag), created: false };
}

async function findAssociation(context: IExecuteSingleFunctions, contact: string, tag: string) {
	const response = await apiRequest.call(context, 'GET', `/contacts/${contact}/contactTags`);
	const associations = (response.contactTags as IDataObject[] | undefined) ?? [];
	return associations.find((association) => String(association.tag) === tag);
}

/**
 * preSend of add: POST /contactTags directly. ActiveCampaign keeps one association per contact and tag: for a
 * pair that exists it answers 200 with that association (the documented answer for a new one is 201; the
 * recorded real traffic shows the 200), so no read is needed first.
 */
export async function prepareAdd(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const contact = await resolveRecordId(this, 'contactTagContact', RECORD_KINDS.contact);
	const tag = await tagIdFor(this, this.getNodeParameter('createTag', false) as boolean);
	itemState(this).contactTag = { contact, tag: tag.id, tagCreated: tag.created } as unknown as IDataObject;
	requestOptions.body = { contactTag: { contact, tag: tag.id } };
	return requestOptions;
}

export async function reportAdd(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const found = state(this);
	const body = (response.body ?? items[0]?.json ?? {}) as IDataObject;
	const record = (body.contactTag as IDataObject | undefined) ?? body;
	const json = (this.getNodeParameter('simplify', true) as boolean) ? withoutLinks(record) : body;
	const alreadyTagged = response.statusCode === 200 && !found.tagCreated;
	return [{ json: { ...json, alreadyTagged, tagCreated: found.tagCreated } }];
}

/** preSend of remove: DELETE /contactTags/{association}, or (not tagged) a read of the contact's tags. */
export async function prepareRemove(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
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
