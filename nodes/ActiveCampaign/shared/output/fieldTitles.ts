import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

import { ACCOUNT_CUSTOM_FIELDS, CONTACT_CUSTOM_FIELDS, DEAL_CUSTOM_FIELDS, fetchCustomFields, type CustomFieldSource } from '../customFields/values';
import { itemState } from '../memo/itemState';

const DEFINITIONS = 'simplify:fieldDefinitions';

/** The custom field definitions (`{id, title, type}`) this item's preSend read (see `customFieldTitles`), for its postReceive. */
export function fieldDefinitionsOf(context: object): IDataObject[] | undefined {
	const definitions = itemState(context)[DEFINITIONS];
	return Array.isArray(definitions) ? (definitions as IDataObject[]) : undefined;
}

function simplifyOn(context: IExecuteSingleFunctions): boolean {
	return context.getNodeParameter('simplify', true) as boolean;
}

function hasRows(context: IExecuteSingleFunctions, parameter: string): boolean {
	const collection = context.getNodeParameter(parameter, {}) as { field?: unknown[] } | null;
	return Array.isArray(collection?.field) && collection.field.length > 0;
}

/**
 * preSend of operations whose answer carries custom field values (a contact's side-loaded `fieldValues`, the
 * `fields` a deal or account write echoes): with Simplify on, the field definitions (every page), read once per
 * node run and kept for the item's postReceive, which puts the values under their titles. A postReceive never
 * sends (it holds the request's lane slot). `onlyWith`: the operation's custom-fields parameter; a write's answer
 * carries values only when it has rows, so without rows nothing is read.
 */
export function customFieldTitles(source: CustomFieldSource, onlyWith?: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		if (!simplifyOn(this) || (onlyWith && !hasRows(this, onlyWith))) return requestOptions;
		const { kind, typeField } = source;
		const definitions = await fetchCustomFields(this, source);
		itemState(this)[DEFINITIONS] = definitions.map((field) => ({ id: field.id, title: field[kind.nameField], type: field[typeField] }));
		return requestOptions;
	};
}

export const contactFieldTitles = (onlyWith?: string) => customFieldTitles(CONTACT_CUSTOM_FIELDS, onlyWith);
export const dealFieldTitles = (onlyWith: string) => customFieldTitles(DEAL_CUSTOM_FIELDS, onlyWith);
export const accountFieldTitles = (onlyWith: string) => customFieldTitles(ACCOUNT_CUSTOM_FIELDS, onlyWith);
