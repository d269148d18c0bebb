import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

import { itemState } from '../memo/itemState';
import { oncePerRun } from '../memo/runMemo';
import { RECORD_KINDS } from '../records/kinds';
import { apiRequestAllItems } from '../transport/request';

const DEFINITIONS = 'simplify:fieldDefinitions';

/** The contact field definitions this item's preSend read (see `contactFieldTitles`), for its postReceive. */
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
 * preSend of operations whose answer side-loads contact custom field values (`fieldValues`): with Simplify on,
 * the field definitions (`/fields`, every page), read once per node run and kept for the item's postReceive,
 * which puts the values under their titles. A postReceive never sends (it holds the request's lane slot).
 * `onlyWith`: a custom-fields parameter; the answer carries values only when it has rows (writes).
 */
export function contactFieldTitles(onlyWith?: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		if (!simplifyOn(this) || (onlyWith && !hasRows(this, onlyWith))) return requestOptions;
		const kind = RECORD_KINDS.field;
		const definitions = await oncePerRun(this, DEFINITIONS, async () =>
			await apiRequestAllItems.call(this, kind.path, kind.rootProperty),
		);
		itemState(this)[DEFINITIONS] = definitions.map((field) => ({ id: field.id, title: field.title, type: field.type }));
		return requestOptions;
	};
}
