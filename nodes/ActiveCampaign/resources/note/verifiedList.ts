import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { sendOnce } from '../../shared/routing';
import { apiRequest, PAGE_SIZE, type ApiContext } from '../../shared/transport';

type RoutedRequest = DeclarativeRestApiSettings.ResultOptions;

export interface ListTarget {
	/** The path to list, below /api/3. */
	url: string;
	/** What every returned record must be; records that fail it are dropped (a server may ignore a filter or a path). */
	matches?: (record: IDataObject) => boolean;
}

/**
 * Pages of `limit`/`offset` until a short page, or a page with no record not seen before (a server that ignores
 * `offset` on a sub-resource list would otherwise answer the same page for ever); each record at most once.
 */
async function readPages(
	sendPage: (query: IDataObject) => Promise<IDataObject[]>,
	wanted: number,
	matches: ListTarget['matches'],
): Promise<IDataObject[]> {
	const kept: IDataObject[] = [];
	const seen = new Set<string>();
	let offset = 0;
	while (kept.length < wanted) {
		const size = Math.min(PAGE_SIZE, wanted - kept.length);
		const page = await sendPage({ limit: size, offset });
		let fresh = 0;
		for (const record of page) {
			const id = record.id === undefined || record.id === null ? undefined : String(record.id);
			if (id !== undefined && seen.has(id)) continue;
			if (id !== undefined) seen.add(id);
			fresh++;
			if ((!matches || matches(record)) && kept.length < wanted) kept.push(record);
		}
		if (page.length < size || fresh === 0) break;
		offset += page.length;
	}
	return kept;
}

/**
 * A list operation whose path depends on the item (a contact's notes, a deal's contacts) and whose records are
 * checked one by one: Return All or Limit counts only records that match, and none that does not is returned.
 */
export function verifiedPages(target: (context: IExecuteSingleFunctions) => Promise<ListTarget>) {
	return async function (this: IExecutePaginationFunctions, requestData: RoutedRequest): Promise<INodeExecutionData[]> {
		const { url, matches } = await target(this);
		const returnAll = this.getNodeParameter('returnAll', true) as boolean;
		const wanted = returnAll ? Infinity : (this.getNodeParameter('limit', 50) as number);
		const query = (requestData.options.qs ?? {}) as IDataObject;
		// RoutingNode keeps this very object for the request's receive steps, and the engine may swap them while a
		// request is in flight: every page is sent with this object, its steps put back first.
		const steps = requestData.postReceive;
		const byRecord = new Map<IDataObject, INodeExecutionData>();
		const records = await readPages(
			async (paging) => {
				requestData.postReceive = steps;
				requestData.options.url = url;
				requestData.options.qs = { ...query, ...paging };
				const items = await sendOnce.call(this, requestData);
				return items.map((item) => {
					byRecord.set(item.json, item);
					return item.json;
				});
			},
			wanted,
			matches,
		);
		requestData.postReceive = steps;
		return records.map((record) => byRecord.get(record) as INodeExecutionData);
	};
}

/** Every record of a sub-resource list read from code (apiRequest), checked the same way. */
export async function verifiedRecords(
	context: ApiContext,
	target: ListTarget,
	rootProperty: string,
	wanted = Infinity,
): Promise<IDataObject[]> {
	return await readPages(
		async (paging) => {
			const page = await apiRequest.call(context, 'GET', target.url, undefined, paging);
			const records = page[rootProperty];
			return Array.isArray(records) ? (records as IDataObject[]) : [];
		},
		wanted,
		target.matches,
	);
}
