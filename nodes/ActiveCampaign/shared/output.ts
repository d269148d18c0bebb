import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';

import { resolvedId } from './memo/itemState';

export type PostReceiveFunction = (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
) => Promise<INodeExecutionData[]>;

export function withoutLinks(record: IDataObject): IDataObject {
	const rest = { ...record };
	delete rest.links;
	return rest;
}

function simplifyEnabled(context: IExecuteSingleFunctions): boolean {
	return context.getNodeParameter('simplify', true) as boolean;
}

function responseBody(items: INodeExecutionData[], response: IN8nHttpFullResponse): IDataObject {
	const body = response?.body ?? items[0]?.json;
	return body && typeof body === 'object' ? (body as IDataObject) : {};
}

/**
 * One record from a wrapped response (`{"contact": {...}, "fieldValues": [...]}`). Simplify (default on)
 * drops `links` and the side-loads; off returns the whole response.
 */
export function unwrapRecord(rootProperty: string): PostReceiveFunction {
	return async function (this, items, response) {
		const body = responseBody(items, response);
		if (!simplifyEnabled(this)) return [{ json: body }];
		const record = body[rootProperty];
		return [{ json: record && typeof record === 'object' ? withoutLinks(record as IDataObject) : body }];
	};
}

const LIST_ROOT = 'listRootProperty';

/** One item per record of a collection page; Simplify drops `links`. */
export function unwrapList(rootProperty: string): PostReceiveFunction {
	const unwrap: PostReceiveFunction = async function (this, items, response) {
		const body = responseBody(items, response);
		const records = Array.isArray(body[rootProperty]) ? (body[rootProperty] as IDataObject[]) : [];
		const simplify = simplifyEnabled(this);
		return records.map((record) => ({ json: simplify ? withoutLinks(record) : record }));
	};
	return Object.assign(unwrap, { [LIST_ROOT]: rootProperty });
}

/** The collection a list operation's receive steps read (`contacts` of `{"contacts": [...]}`), to count a page's records. */
export function listRootProperty(steps: Array<{ actions: PostReceiveAction[] }>): string | undefined {
	for (const step of steps) {
		for (const action of step.actions) {
			const root = (action as unknown as Record<string, unknown>)[LIST_ROOT];
			if (typeof root === 'string') return root;
		}
	}
	return undefined;
}

/** For deletes, which answer `{}`: say what was deleted. */
export function confirmDeleted(what: string, idParameter: string): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions) {
		const id =
			resolvedId(this, idParameter) ?? (this.getNodeParameter(idParameter, undefined, { extractValue: true }) as string);
		return [{ json: { deleted: true, [what]: String(id) } }];
	};
}

/** Records in a postReceive output: the item itself when simplified, or the `rootProperty` record(s) of a raw body. */
function recordsOf(json: IDataObject, rootProperty: string): IDataObject[] {
	const inside = json[rootProperty];
	if (Array.isArray(inside)) return inside.filter((entry) => typeof entry === 'object' && entry !== null) as IDataObject[];
	if (inside && typeof inside === 'object') return [inside as IDataObject];
	return [json];
}

/** A postReceive that adds computed fields to each record (after unwrapRecord/unwrapList, with or without Simplify). */
export function enrichRecords(rootProperty: string, enrich: (record: IDataObject) => void): PostReceiveFunction {
	return async function (items) {
		for (const item of items) for (const record of recordsOf(item.json, rootProperty)) enrich(record);
		return items;
	};
}
