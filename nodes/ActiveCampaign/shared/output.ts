import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';

import { resolvedId } from './memo/itemState';
import { fieldDefinitionsOf } from './output/fieldTitles';
import { kindOfProperty, simplifyRecord, withoutLinks, type SimplifyInput } from './output/simplify';

export type PostReceiveFunction = (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
) => Promise<INodeExecutionData[]>;

export { withoutLinks };

export function simplifyEnabled(context: IExecuteSingleFunctions): boolean {
	return context.getNodeParameter('simplify', true) as boolean;
}

/** What Simplify needs besides the record: the response's side-loads and the field definitions a preSend read. */
function simplifyInput(context: IExecuteSingleFunctions, body: IDataObject): SimplifyInput {
	return { body, fieldDefinitions: fieldDefinitionsOf(context) };
}

function responseBody(items: INodeExecutionData[], response: IN8nHttpFullResponse): IDataObject {
	const body = response?.body ?? items[0]?.json;
	return body && typeof body === 'object' ? (body as IDataObject) : {};
}

export interface UnwrapOptions {
	/** Writes that create or update (`/contact/sync`): the simplified record says which, from 201 (created) or 200. */
	createdFromStatus?: boolean;
}

/**
 * One record from a wrapped response (`{"contact": {...}, "fieldValues": [...]}`). Simplify (default on) gives
 * the kind's simplified record (shared/output/simplify.ts); off returns the whole response.
 */
export function unwrapRecord(rootProperty: string, options: UnwrapOptions = {}): PostReceiveFunction {
	const kind = kindOfProperty(rootProperty);
	return async function (this, items, response) {
		const body = responseBody(items, response);
		if (!simplifyEnabled(this)) return [{ json: body }];
		const record = body[rootProperty];
		if (!record || typeof record !== 'object' || Array.isArray(record)) return [{ json: body }];
		const simplified = simplifyRecord(kind, record as IDataObject, simplifyInput(this, body));
		if (!options.createdFromStatus) return [{ json: simplified }];
		return [{ json: { id: simplified.id, created: Number(response?.statusCode) === 201, ...simplified } }];
	};
}

const LIST_ROOT = 'listRootProperty';

/** One item per record of a collection page; Simplify gives each the kind's simplified record. */
export function unwrapList(rootProperty: string): PostReceiveFunction {
	const kind = kindOfProperty(rootProperty);
	const unwrap: PostReceiveFunction = async function (this, items, response) {
		const body = responseBody(items, response);
		const records = Array.isArray(body[rootProperty]) ? (body[rootProperty] as IDataObject[]) : [];
		if (!simplifyEnabled(this)) return records.map((record) => ({ json: record }));
		const input = simplifyInput(this, body);
		return records.map((record) => ({ json: simplifyRecord(kind, record, input) }));
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
