import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
	INodePropertyRouting,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';

import { accountOrigin, PAGE_SIZE } from './transport';
import { sendWithPolicy } from './requestPolicy';

type RoutedRequest = DeclarativeRestApiSettings.ResultOptions;
type PaginationFunction = (
	this: IExecutePaginationFunctions,
	requestData: RoutedRequest,
) => Promise<INodeExecutionData[]>;

async function sendRouted(
	context: IExecutePaginationFunctions,
	requestData: RoutedRequest,
): Promise<INodeExecutionData[]> {
	const origin = await accountOrigin(context);
	const method = String(requestData.options.method ?? 'GET');
	const path = String(requestData.options.url ?? '');
	const body = requestData.options.body;
	return await sendWithPolicy(context.getNode(), { origin, method, path, body }, async () =>
		await context.makeRoutingRequest(requestData),
	);
}

/**
 * Declarative operations send through RoutingNode's pagination hook even for a single request: it is the one
 * place where a request can be paced and sent again (see CONVENTIONS 6.3-6.4).
 */
export const sendOnce: PaginationFunction = async function (this, requestData) {
	return await sendRouted(this, requestData);
};

export interface PagingOptions {
	/** Page by `id_greater` with `orders[id]=ASC` for Return All: deep offsets are slow on large accounts. */
	keyset?: boolean;
}

/** Return All: pages of 100 until a short page. Limit N: pages of at most 100 until N records. */
export function pageThrough(options: PagingOptions = {}): PaginationFunction {
	return async function (this, requestData) {
		const returnAll = this.getNodeParameter('returnAll', true) as boolean;
		const wanted = returnAll ? Infinity : (this.getNodeParameter('limit', 50) as number);
		const qs = (requestData.options.qs ?? {}) as IDataObject;
		requestData.options.qs = qs;
		const keyset = returnAll && options.keyset === true && !Object.keys(qs).some((key) => key.startsWith('orders['));
		if (keyset) qs['orders[id]'] = 'ASC';

		const records: INodeExecutionData[] = [];
		let offset = 0;
		while (records.length < wanted) {
			const pageSize = Math.min(PAGE_SIZE, wanted - records.length);
			qs.limit = pageSize;
			if (!keyset) qs.offset = offset;
			const page = await sendRouted(this, requestData);
			records.push(...page);
			if (page.length < pageSize) break;
			offset += page.length;
			if (keyset) qs.id_greater = page[page.length - 1].json.id as string;
		}
		return records;
	};
}

export interface RouteOptions {
	preSend?: PreSendAction[];
	postReceive?: PostReceiveAction[];
}

function route(
	request: INodePropertyRouting['request'],
	pagination: PaginationFunction,
	options: RouteOptions,
): INodePropertyRouting {
	return {
		request,
		send: { paginate: true, preSend: options.preSend },
		operations: { pagination },
		output: options.postReceive ? { postReceive: options.postReceive } : undefined,
	};
}

/** Routing for an operation that sends one request. */
export function singleRoute(
	request: INodePropertyRouting['request'],
	options: RouteOptions = {},
): INodePropertyRouting {
	return route(request, sendOnce, options);
}

/** Routing for an operation that lists records (Return All / Limit). */
export function listRoute(
	request: INodePropertyRouting['request'],
	options: RouteOptions & PagingOptions = {},
): INodePropertyRouting {
	return route(request, pageThrough(options), options);
}
