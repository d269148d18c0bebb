import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { findRecordByName, locatorText, readLocator, resolveRecordId } from '../../shared/locators/read';
import { itemState } from '../../shared/memo/itemState';
import { oncePerRun } from '../../shared/memo/runMemo';
import { simplifyRecord } from '../../shared/output/simplify';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { apiRequest } from '../../shared/transport/request';
import { contactTagState } from './shared';

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

/**
 * preSend: POST /contactTags directly. ActiveCampaign keeps one association per contact and tag: for a
 * pair that exists it answers 200 with that association (the documented answer for a new one is 201; the
 * recorded real traffic shows the 200), so no read is needed first.
 */
async function prepareAdd(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const contact = await resolveRecordId(this, 'contactTagContact', RECORD_KINDS.contact);
	const tag = await tagIdFor(this, this.getNodeParameter('createTag', false) as boolean);
	itemState(this).contactTag = { contact, tag: tag.id, tagCreated: tag.created } as unknown as IDataObject;
	requestOptions.body = { contactTag: { contact, tag: tag.id } };
	return requestOptions;
}

async function reportAdd(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const found = contactTagState(this);
	const body = (response.body ?? items[0]?.json ?? {}) as IDataObject;
	const record = (body.contactTag as IDataObject | undefined) ?? body;
	const json = (this.getNodeParameter('simplify', true) as boolean) ? simplifyRecord(RECORD_KINDS.contactTag, record, { body }) : body;
	const alreadyTagged = response.statusCode === 200 && !found.tagCreated;
	return [{ json: { ...json, alreadyTagged, tagCreated: found.tagCreated } }];
}

export const add: OperationDefinition = {
	option: {
		name: 'Add',
		value: 'add',
		action: 'Add a tag to a contact',
		description:
			'Give a contact a tag (by name or ID; optionally create the tag). Adding a tag the contact already has returns the existing one with alreadyTagged true.',
		routing: singleRoute({ method: 'POST', url: '/contactTags' }, { preSend: [prepareAdd], postReceive: [reportAdd] }),
	},
	fields: [
		{
			displayName: 'Create Tag If Missing',
			name: 'createTag',
			type: 'boolean',
			default: false,
			description:
				'Whether to create the tag when no tag has the name given in Tag. Only for a tag given By Name or from an expression: a tag picked From List always exists.',
		},
	],
	simplify: true,
};
