import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

import { resolveRecordId } from '../locators/read';
import type { RecordKind } from '../records/kinds';

/** A preSend that resolves a locator (e.g. `filters.list`) and sends its ID as the query parameter `queryKey`. */
export function locatorIntoQuery(parameter: string, kind: RecordKind, queryKey: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const id = await resolveRecordId(this, parameter, kind);
		requestOptions.qs = { ...((requestOptions.qs ?? {}) as IDataObject), [queryKey]: id };
		return requestOptions;
	};
}

/**
 * A preSend for "Sort By" + "Sort Direction" options of a Filters collection: `orders[<field>]=ASC|DESC`.
 * (A sort turns off keyset paging, see routing.pageThrough.)
 */
export function sortIntoQuery(fieldParameter: string, directionParameter: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const field = String(this.getNodeParameter(fieldParameter, '') ?? '').trim();
		if (!field) return requestOptions;
		const direction = String(this.getNodeParameter(directionParameter, 'ASC') || 'ASC').toUpperCase();
		requestOptions.qs = { ...((requestOptions.qs ?? {}) as IDataObject), [`orders[${field}]`]: direction };
		return requestOptions;
	};
}
