import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import { CREDENTIAL_TYPE, apiBaseUrl, normalizeApiOrigin } from './apiUrl';
import { sendWithPolicy } from './requestPolicy';

export type ApiContext =
	| IExecuteFunctions
	| IExecuteSingleFunctions
	| IHookFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IWebhookFunctions;

export const PAGE_SIZE = 100;

export async function accountOrigin(context: ApiContext): Promise<string> {
	const credentials = await context.getCredentials(CREDENTIAL_TYPE);
	return normalizeApiOrigin(String(credentials.url ?? ''));
}

/** One request to ActiveCampaign API v3 from code (lookups, load options, the trigger). */
export async function apiRequest(
	this: ApiContext,
	method: IHttpRequestMethods,
	path: string,
	body?: IDataObject | IDataObject[],
	qs?: IDataObject,
): Promise<IDataObject> {
	const origin = await accountOrigin(this);
	const options: IHttpRequestOptions = {
		method,
		baseURL: apiBaseUrl(origin),
		url: path,
		qs,
		json: true,
		headers: { Accept: 'application/json' },
	};
	if (body !== undefined) options.body = body;
	const response = await sendWithPolicy(this.getNode(), { origin, method, path, body }, async () =>
		(await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, options)) as unknown,
	);
	return (response ?? {}) as IDataObject;
}

/** Every record of a collection, 100 a page, up to `max` records. */
export async function apiRequestAllItems(
	this: ApiContext,
	path: string,
	rootProperty: string,
	qs: IDataObject = {},
	max = Infinity,
): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	for (let offset = 0; records.length < max; offset += PAGE_SIZE) {
		const page = await apiRequest.call(this, 'GET', path, undefined, {
			...qs,
			limit: PAGE_SIZE,
			offset,
		});
		const batch = (page[rootProperty] as IDataObject[] | undefined) ?? [];
		records.push(...batch.slice(0, max - records.length));
		if (batch.length < PAGE_SIZE) break;
	}
	return records;
}
