import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodePropertyRouting,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { describeValue, failItem } from '../errors/failItem';
import { listRootProperty, type PostReceiveFunction } from '../output';
import { requireJsonBody, sendWithPolicy } from '../requestPolicy/policy';
import { accountOrigin, PAGE_SIZE, requestTimeoutMs, sendingWithSignal } from '../transport/request';

type RoutedRequest = DeclarativeRestApiSettings.ResultOptions;
type ReceiveSteps = RoutedRequest['postReceive'];
type PaginationFunction = (
	this: IExecutePaginationFunctions,
	requestData: RoutedRequest,
) => Promise<INodeExecutionData[]>;

/** Pages of one list read at once; the lane paces them, this only bounds what is held in memory. */
const CONCURRENT_PAGES = 8;

/**
 * RoutingNode runs an operation's postReceive inside `makeRoutingRequest`, that is inside the request's lane slot.
 * A postReceive that sent a request of its own (a follow-up, a lookup) would then wait for a slot while holding
 * one: with 5 items at once, every slot of the account waited on a sixth, for ever. So while the request is in
 * flight this step stands in for the operation's postReceive and only hands the response over; the operation's
 * own steps run after the slot is given back (see `receive`).
 */
const handOver: PostReceiveFunction = async function (_items, response) {
	return [{ json: { response } as unknown as IDataObject }];
};

function takeReceiveSteps(requestData: RoutedRequest): ReceiveSteps {
	const steps = requestData.postReceive;
	requestData.postReceive = [{ data: { parameterValue: undefined }, actions: [handOver] }];
	return steps;
}

interface Page {
	response: IN8nHttpFullResponse;
	items: INodeExecutionData[];
}

/** One operation's requests: each is sent through the policy, then its receive steps run outside the lane. */
class RoutedExchange {
	private constructor(
		private readonly context: IExecutePaginationFunctions,
		private readonly requestData: RoutedRequest,
		readonly steps: ReceiveSteps,
		private readonly origin: string,
		private readonly timeoutMs: number,
	) {}

	static async open(context: IExecutePaginationFunctions, requestData: RoutedRequest): Promise<RoutedExchange> {
		const steps = takeReceiveSteps(requestData);
		return new RoutedExchange(context, requestData, steps, await accountOrigin(context), requestTimeoutMs(context));
	}

	/**
	 * The item's own context, which RoutingNode sends with and hands to preSend and postReceive (the pagination
	 * context is made from it), so what a preSend kept for the item (itemState) is there for the receive steps.
	 */
	get itemContext(): IExecuteSingleFunctions {
		return Object.getPrototypeOf(this.context) as IExecuteSingleFunctions;
	}

	get query(): IDataObject {
		return { ...((this.requestData.options.qs ?? {}) as IDataObject) };
	}

	set url(url: string) {
		this.requestData.options.url = url;
	}

	async send(qs: IDataObject = this.query): Promise<Page> {
		const options = { ...this.requestData.options, qs };
		const method = String(options.method ?? 'GET');
		const path = String(options.url ?? '');
		const target = { origin: this.origin, method, path, body: options.body, timeoutMs: this.timeoutMs };
		const response = await sendWithPolicy(this.context.getNode(), target, async (attempt) => {
			const [handed] = await sendingWithSignal(this.itemContext, attempt, async () =>
				await this.context.makeRoutingRequest({ ...this.requestData, options: { ...options, timeout: this.timeoutMs } }),
			);
			return requireJsonBody((handed.json as { response: IN8nHttpFullResponse }).response, method);
		});
		return { response, items: await this.receive(response) };
	}

	private async receive(response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
		const body = response.body as IDataObject | IDataObject[];
		if (this.steps.length === 0) return Array.isArray(body) ? body.map((json) => ({ json })) : [{ json: body }];
		let items: INodeExecutionData[] = [{ json: body as IDataObject }];
		for (const step of this.steps) {
			for (const action of step.actions) {
				if (typeof action !== 'function') {
					throw new NodeOperationError(this.context.getNode(), 'Declarative postReceive actions are not supported here', {
						description: 'Use a postReceive function (see shared/output.ts).',
					});
				}
				items = await action.call(this.itemContext, items, response);
			}
		}
		return items;
	}
}

/**
 * Declarative operations send through RoutingNode's pagination hook even for a single request: it is the one
 * place where a request can be paced and sent again (see CONVENTIONS 6.3-6.4).
 */
export const sendOnce: PaginationFunction = async function (this, requestData) {
	const exchange = await RoutedExchange.open(this, requestData);
	return (await exchange.send()).items;
};

/** Where an item's list is, and what each of its records must be (a server may ignore a filter or a path). */
export interface ListTarget {
	/** The path to list, below /api/3, when it depends on the item (a contact's notes). */
	url?: string;
	/** Records that fail it are dropped and not counted toward Limit. */
	matches?: (record: IDataObject) => boolean;
}

export interface PagingOptions {
	/** Return All reads ID ranges with `id_greater`/`id_less` and `orders[id]=ASC` (contacts only, as ActiveCampaign recommends). */
	keyset?: boolean;
	target?: (context: IExecuteSingleFunctions) => Promise<ListTarget>;
}

function bodyOf(page: Page): IDataObject {
	const body = page.response.body as unknown;
	return body && typeof body === 'object' && !Array.isArray(body) ? (body as IDataObject) : {};
}

/** Records the API put in the page (before any receive step filtered them), to tell a full page from the last one. */
function recordCount(page: Page, rootProperty: string | undefined): number {
	const records = rootProperty ? bodyOf(page)[rootProperty] : undefined;
	return Array.isArray(records) ? records.length : page.items.length;
}

/** `meta.total` (a string for some collections, a number for others), when the API sent it. */
function totalOf(page: Page): number | undefined {
	const total = Number((bodyOf(page).meta as IDataObject | undefined)?.total);
	return Number.isFinite(total) && total >= 0 ? total : undefined;
}

function idOf(item: INodeExecutionData): number | undefined {
	const id = Number(item.json.id);
	return Number.isFinite(id) && item.json.id !== '' && item.json.id !== null ? id : undefined;
}

/** Runs tasks at most `limit` at a time and returns their results in the tasks' order. */
async function inOrder<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
	const results: T[] = new Array(tasks.length);
	let next = 0;
	const worker = async () => {
		while (next < tasks.length) {
			const index = next++;
			results[index] = await tasks[index]();
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
	return results;
}

/** Output items in the API's order, each record once (pages read at once can overlap when records move). */
class Collected {
	readonly items: INodeExecutionData[] = [];
	private readonly seen = new Set<string>();

	constructor(
		private readonly wanted: number,
		private readonly matches?: ListTarget['matches'],
	) {}

	get full(): boolean {
		return this.items.length >= this.wanted;
	}

	/** Keeps the page's new records that match; returns how many records were new at all. */
	add(items: INodeExecutionData[]): number {
		let fresh = 0;
		for (const item of items) {
			// By the ID as text: custom object records have UUIDs.
			const id = item.json.id === undefined || item.json.id === null || item.json.id === '' ? undefined : String(item.json.id);
			if (id !== undefined) {
				if (this.seen.has(id)) continue;
				this.seen.add(id);
			}
			fresh++;
			if (this.full || (this.matches && !this.matches(item.json))) continue;
			this.items.push(item);
		}
		return fresh;
	}
}

/**
 * Return All: every page of 100; Limit N: pages of at most 100 until N records. The first page tells the total,
 * then the remaining pages are read at once (the lane keeps them within the account's rate) and put back in the
 * API's order, so a slow API does not make a long list slow.
 */
export function pageThrough(options: PagingOptions = {}): PaginationFunction {
	return async function (this, requestData) {
		const returnAll = this.getNodeParameter('returnAll', true) as boolean;
		const wanted = returnAll ? Infinity : readLimit(this);
		const exchange = await RoutedExchange.open(this, requestData);
		const target = options.target ? await options.target(exchange.itemContext) : {};
		if (target.url) exchange.url = target.url;
		const rootProperty = listRootProperty(exchange.steps);
		const collected = new Collected(wanted, target.matches);
		// A sort of the user's own, or a segment (which ActiveCampaign pages by offset only), keeps offsets.
		const query = exchange.query;
		const keyset =
			returnAll &&
			options.keyset === true &&
			query.segmentid === undefined &&
			!Object.keys(query).some((key) => key.startsWith('orders['));
		if (keyset) await readIdRanges(exchange, rootProperty, collected);
		// Checked records may not all count, so every page is a whole one.
		else await readOffsets(exchange, rootProperty, collected, target.matches ? Infinity : wanted);
		return collected.items;
	};
}

/** The Limit field: a whole number of at least 1, whatever an expression handed it. */
function readLimit(context: IExecutePaginationFunctions): number {
	const raw = context.getNodeParameter('limit', 50) as unknown;
	const limit = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
	if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
		failItem(context, `The field "Limit" must be a whole number of at least 1, got ${describeValue(raw)}`, 'Give a number such as 50, or turn on "Return All".');
	}
	return limit;
}

async function readOffsets(
	exchange: RoutedExchange,
	rootProperty: string | undefined,
	collected: Collected,
	/** Records to page up to (the collection may keep fewer, when it checks them). */
	wanted: number,
): Promise<void> {
	const query = exchange.query;
	const pageAt = async (offset: number, size: number) => await exchange.send({ ...query, limit: size, offset });
	const first = await pageAt(0, Math.min(PAGE_SIZE, wanted));
	collected.add(first.items);
	let offset = recordCount(first, rootProperty);
	if (offset < Math.min(PAGE_SIZE, wanted)) return;

	const total = totalOf(first);
	if (total !== undefined) {
		const end = Math.min(total, wanted);
		const offsets: number[] = [];
		for (let at = offset; at < end; at += PAGE_SIZE) offsets.push(at);
		// Each page asks for a whole page (or what Limit still wants), so the last one shows whether records were added.
		const sizeAt = (at: number) => Math.min(PAGE_SIZE, wanted - at);
		const pages = await inOrder(
			offsets.map((at) => async () => await pageAt(at, sizeAt(at))),
			CONCURRENT_PAGES,
		);
		for (const page of pages) collected.add(page.items);
		const last = pages[pages.length - 1];
		if (last && recordCount(last, rootProperty) < sizeAt(offsets[offsets.length - 1])) return;
		offset = Math.max(offset, end);
	}
	// Without a total, or when records were added while reading: one page after another until a short one, or one
	// that brings nothing new (a server that ignored the offset would otherwise be read for ever).
	while (!collected.full) {
		const size = Math.min(PAGE_SIZE, wanted - offset);
		if (size <= 0) return;
		const page = await pageAt(offset, size);
		const fresh = collected.add(page.items);
		const count = recordCount(page, rootProperty);
		if (count < size || (fresh === 0 && page.items.length > 0)) return;
		offset += count;
	}
}

/** Most ID ranges read at once; each costs at most one short page. */
const MAX_ID_RANGES = 8;

/**
 * Return All of contacts by ID: the first page (lowest IDs) gives the total and the density of IDs; the IDs above
 * it are split into ranges read side by side, each page by `id_greater` with `id_less` as its bound, the last range
 * without an upper bound (so an estimate that fell short only costs speed, never a contact). Deleting contacts during
 * the read cannot shift a page as it shifts offsets. Records outside a range are dropped and end it, in case a
 * server ignores `id_less`.
 */
async function readIdRanges(exchange: RoutedExchange, rootProperty: string | undefined, collected: Collected): Promise<void> {
	const query = { ...exchange.query, 'orders[id]': 'ASC' };
	const first = await exchange.send({ ...query, limit: PAGE_SIZE });
	collected.add(first.items);
	const firstIds = first.items.map(idOf).filter((id): id is number => id !== undefined);
	if (recordCount(first, rootProperty) < PAGE_SIZE || firstIds.length === 0) return;

	const from = firstIds[firstIds.length - 1];
	// Ranges as wide as a whole number of pages at the first page's ID density, so few of them end on a short page.
	const idsPerPage = Math.max(from - firstIds[0] + 1, PAGE_SIZE);
	const total = totalOf(first);
	const pagesLeft = total !== undefined ? Math.ceil(Math.max(total - PAGE_SIZE, 0) / PAGE_SIZE) : MAX_ID_RANGES;
	const perRange = Math.max(1, Math.ceil(pagesLeft / MAX_ID_RANGES));
	const rangeCount = Math.max(1, Math.ceil(pagesLeft / perRange));
	const ranges = Array.from({ length: rangeCount }, (_, index) => ({
		above: from + index * perRange * idsPerPage,
		upTo: index === rangeCount - 1 ? Infinity : from + (index + 1) * perRange * idsPerPage,
	}));
	const read = await inOrder(
		ranges.map((range) => async () => await readIdRange(exchange, query, rootProperty, range.above, range.upTo, total)),
		MAX_ID_RANGES,
	);
	for (const items of read) collected.add(items);
}

async function readIdRange(
	exchange: RoutedExchange,
	query: IDataObject,
	rootProperty: string | undefined,
	above: number,
	upTo: number,
	accountTotal: number | undefined,
): Promise<INodeExecutionData[]> {
	const items: INodeExecutionData[] = [];
	let cursor = above;
	let rangeTotal: number | undefined;
	for (;;) {
		const qs: IDataObject = { ...query, id_greater: cursor, limit: PAGE_SIZE };
		if (Number.isFinite(upTo)) qs.id_less = upTo + 1;
		const page = await exchange.send(qs);
		rangeTotal ??= totalOf(page);
		let outside = false;
		for (const item of page.items) {
			const id = idOf(item);
			if (id !== undefined && (id <= cursor || id > upTo)) {
				outside = true;
				continue;
			}
			items.push(item);
		}
		const ids = page.items.map(idOf).filter((id): id is number => id !== undefined && id <= upTo);
		if (outside || recordCount(page, rootProperty) < PAGE_SIZE || ids.length === 0) return items;
		// A total that counts only this range saves its last, empty page (the open range's total is as of its first
		// page). A total of exactly one page is trusted only below the list's total: it could count the page instead.
		const rangeAware = rangeTotal !== undefined && (rangeTotal !== PAGE_SIZE || (accountTotal !== undefined && rangeTotal < accountTotal));
		if (rangeAware && items.length >= (rangeTotal as number)) return items;
		cursor = Math.max(...ids);
	}
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
