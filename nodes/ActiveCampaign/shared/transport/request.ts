import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import { CREDENTIAL_TYPE, apiBaseUrl, normalizeApiOrigin } from './apiUrl';
import { DEFAULT_TIMEOUT_MS, requireJsonBody, sendWithPolicy, type RequestAttempt } from '../requestPolicy/policy';

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

type CancellableContext = { getExecutionCancelSignal?: () => AbortSignal | undefined };

/**
 * n8n's HTTP helpers give the client the cancel signal of the context they are called on (when the execution
 * stops), replacing any signal in the request options. For the synchronous start of `send`, the context's
 * signal is the attempt's, which also aborts at the deadline and tells the lane when the request left.
 */
export function sendingWithSignal<T>(context: object, attempt: RequestAttempt, send: () => T): T {
	const target = context as CancellableContext;
	const own = Object.getOwnPropertyDescriptor(target, 'getExecutionCancelSignal');
	const signal = attempt.signal(target.getExecutionCancelSignal?.call(target));
	Object.defineProperty(target, 'getExecutionCancelSignal', { value: () => signal, configurable: true, writable: true });
	try {
		return send();
	} finally {
		if (own) Object.defineProperty(target, 'getExecutionCancelSignal', own);
		else delete target.getExecutionCancelSignal;
	}
}

/** The request timeout: Options > Timeout of the action node when set, else the default. */
export function requestTimeoutMs(context: ApiContext): number {
	let configured: unknown;
	if ('getItemIndex' in context) configured = context.getNodeParameter('requestOptions.timeout', 0);
	else if ('getInputData' in context) configured = (context as IExecuteFunctions).getNodeParameter('requestOptions.timeout', 0, 0);
	const timeout = Number(configured);
	return Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS;
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
	const timeoutMs = requestTimeoutMs(this);
	const options: IHttpRequestOptions = {
		method,
		baseURL: apiBaseUrl(origin),
		url: path,
		qs,
		json: true,
		headers: { Accept: 'application/json' },
		returnFullResponse: true,
		timeout: timeoutMs,
	};
	if (body !== undefined) options.body = body;
	const response = await sendWithPolicy(this.getNode(), { origin, method, path, body, timeoutMs }, async (attempt) => {
		const answer = (await sendingWithSignal(this, attempt, async () =>
			await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, options),
		)) as IN8nHttpFullResponse;
		return requireJsonBody(answer, method);
	});
	return (response.body ?? {}) as IDataObject;
}

/**
 * Every record of a collection, 100 a page, up to `max` records; with `matches`, only the records that pass it
 * (a server may ignore a filter or a path, so what it returns is checked); `onPage` sees each whole page (side-loads).
 */
export async function apiRequestAllItems(
	this: ApiContext,
	path: string,
	rootProperty: string,
	qs: IDataObject = {},
	max = Infinity,
	matches?: (record: IDataObject) => boolean,
	onPage?: (page: IDataObject) => void,
): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	const seen = new Set<string>();
	for (let offset = 0; records.length < max; offset += PAGE_SIZE) {
		const page = await apiRequest.call(this, 'GET', path, undefined, {
			...qs,
			limit: PAGE_SIZE,
			offset,
		});
		onPage?.(page);
		const batch = (page[rootProperty] as IDataObject[] | undefined) ?? [];
		const fresh = batch.filter((record) => record.id === undefined || !seen.has(String(record.id)));
		for (const record of fresh) if (record.id !== undefined) seen.add(String(record.id));
		const kept = matches ? fresh.filter(matches) : fresh;
		records.push(...kept.slice(0, max - records.length));
		// A short page ends the list; so does a page with nothing new (a server that ignored the offset).
		if (batch.length < PAGE_SIZE || fresh.length === 0) break;
	}
	return records;
}
