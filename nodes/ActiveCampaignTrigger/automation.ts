import type { IDataObject } from 'n8n-workflow';

import type { ApiContext } from '../ActiveCampaign/shared/transport/request';
import { contactFieldDefinitions } from './enrich';
import { PayloadError, itemFromTree, treeText, unflatten, type ParsedEvent } from './payload';

/**
 * "From an automation's Webhook action": an automation step posts the contact it is processing to a URL pasted
 * into the step. Nothing is registered through the API, and the call has the shape of a webhook event
 * (form-encoded, `contact[...]` block) except that ActiveCampaign's documentation names no `type` for it and
 * custom fields may arrive under their personalization tag (`contact[fields][member_id]`, lower case: API.md
 * §7.4, third-party) rather than their ID. Other keys (`seriesid`, the automation; `date_time`, `initiated_from`…)
 * are read when present and never required.
 */
export const AUTOMATION_EVENT = 'automation_webhook';

/** The event name items of automation calls carry when the body names none. */
export function automationEventName(tree: ReturnType<typeof unflatten>): string {
	return treeText(tree, 'type').trim() || AUTOMATION_EVENT;
}

/** The item for one call of an automation's Webhook action. Throws PayloadError when it carries no contact. */
export function parseAutomationCall(body: unknown): ParsedEvent {
	const tree = unflatten(body);
	const item = automationItem(tree);
	const contact = item.contact as IDataObject | undefined;
	if (!contact || (!contact.id && !contact.email)) {
		throw new PayloadError(
			'The body has no contact (contact[id] or contact[email]), so it is not a call of an ActiveCampaign automation\'s Webhook action',
		);
	}
	return { item, tree };
}

/**
 * The item of an automation call: the same clean nested item as webhook events (contact with tags as a list,
 * custom fields by ID), plus `automation` ({ id }) when the body names it. Custom fields sent under their
 * personalization tag wait in `contact.fieldsByTag` until {@link resolveFieldTags} files them by ID.
 */
export function automationItem(tree: ReturnType<typeof unflatten>): IDataObject {
	const item = itemFromTree(tree, automationEventName(tree));
	const automationId = treeText(tree, 'seriesid').trim();
	delete item.seriesid;
	if (automationId !== '' && automationId !== '0') item.automation = { id: automationId };
	const contact = item.contact as IDataObject | undefined;
	if (contact) {
		const byId: IDataObject = {};
		const byTag: IDataObject = {};
		for (const [key, value] of Object.entries((contact.fields as IDataObject | undefined) ?? {})) {
			if (/^\d+$/.test(key)) byId[key] = value;
			else byTag[key.toLowerCase()] = value;
		}
		contact.fields = byId;
		if (Object.keys(byTag).length > 0) contact.fieldsByTag = byTag;
	}
	return item;
}

/**
 * Files custom fields sent under their personalization tag by field ID too (`contact.fields`), reading the
 * account's field definitions (one cached request). Tags no field has stay only in `fieldsByTag`.
 */
export async function resolveFieldTags(context: ApiContext, item: IDataObject): Promise<void> {
	const contact = item.contact as IDataObject | undefined;
	const byTag = contact?.fieldsByTag as IDataObject | undefined;
	if (!contact || !byTag || Object.keys(byTag).length === 0) return;
	const idByTag = new Map<string, string>();
	for (const field of await contactFieldDefinitions(context)) {
		if (typeof field.perstag === 'string' && field.perstag !== '') idByTag.set(field.perstag.toLowerCase(), String(field.id));
	}
	const fields = { ...((contact.fields as IDataObject | undefined) ?? {}) };
	for (const [tag, value] of Object.entries(byTag)) {
		const id = idByTag.get(tag);
		if (id !== undefined && !(id in fields)) fields[id] = value;
	}
	contact.fields = fields;
}
