import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

/** Sets `value` at a dot path (e.g. `contactTag.tag`) of `target`, creating the objects on the way. */
function setPath(target: IDataObject, dotPath: string, value: unknown): void {
	const keys = dotPath.split('.');
	let node = target;
	for (const key of keys.slice(0, -1)) {
		if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
		node = node[key] as IDataObject;
	}
	node[keys[keys.length - 1]] = value as IDataObject[string];
}

/** Sets `value` at a dot path of the request body (e.g. `account.owner`), creating the body when there is none. */
export function setBodyPath(requestOptions: { body?: unknown }, dotPath: string, value: unknown): void {
	const body = (requestOptions.body ?? {}) as IDataObject;
	setPath(body, dotPath, value);
	requestOptions.body = body;
}

/** Merges the defined `values` into the request body's `root` object (e.g. `deal`). */
export function setBody(requestOptions: { body?: unknown }, root: string, values: IDataObject): void {
	const body = (requestOptions.body && typeof requestOptions.body === 'object' ? requestOptions.body : {}) as IDataObject;
	const inner = (body[root] && typeof body[root] === 'object' ? body[root] : {}) as IDataObject;
	for (const [key, value] of Object.entries(values)) if (value !== undefined) inner[key] = value;
	body[root] = inner;
	requestOptions.body = body;
}

/** A preSend that makes sure the body has its `root` object (e.g. `contact`), which the API wants even when empty. */
export function bodyRoot(root: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		setBody(requestOptions, root, {});
		return requestOptions;
	};
}
