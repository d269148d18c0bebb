/** Paging, ordering and filtering for collection endpoints. */
import { queryValue, type Query } from './http';
import type { Json, Row } from './store';
import { parseDate } from './time';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export function paging(query: Query, defaultLimit = DEFAULT_LIMIT): { limit: number; offset: number } {
	const rawLimit = Number.parseInt(queryValue(query, 'limit') ?? '', 10);
	const rawOffset = Number.parseInt(queryValue(query, 'offset') ?? '', 10);
	const limit = Number.isFinite(rawLimit) && rawLimit > 0 ? Math.min(rawLimit, MAX_LIMIT) : defaultLimit;
	const offset = Number.isFinite(rawOffset) && rawOffset > 0 ? rawOffset : 0;
	return { limit, offset };
}

export type FilterFn = (row: Row, value: string, operator: string) => boolean;
export type Getter = (row: Row) => Json;

export interface ListSpec {
	/** filters[<name>] handlers: only filters ActiveCampaign documents for the path (test/sandbox checks it). */
	filters?: Record<string, FilterFn>;
	/**
	 * Filters documented with an operator, `filters[<name>][<operator>]`: 'also' beside the plain form (/lists name),
	 * 'only' without it (/tags search).
	 */
	filterOperators?: Record<string, 'also' | 'only'>;
	/** Plain (non-filters[]) query params with handlers. */
	params?: Record<string, FilterFn>;
	/** orders[<name>] -> value getter. Only these orders are honoured. */
	orders?: Record<string, Getter>;
	/** `id_greater`, `id_less` and `ids[]`: documented for /contacts only (FACTS §2). */
	keyset?: boolean;
	/** Documented query keys the route's handler reads itself (e.g. `status` beside `listid`). */
	reads?: string[];
}

/**
 * The query keys a list route acts on (besides `limit` and `offset`); the server ignores, strips and logs every other
 * key. `[<operator>]` stands for any operator.
 */
export function honouredQuery(spec: ListSpec): string[] {
	const keys = ['limit', 'offset'];
	for (const name of Object.keys(spec.filters ?? {})) {
		const operator = spec.filterOperators?.[name];
		if (operator !== 'only') keys.push(`filters[${name}]`);
		if (operator) keys.push(`filters[${name}][<operator>]`);
	}
	keys.push(...Object.keys(spec.params ?? {}));
	keys.push(...Object.keys(spec.orders ?? {}).map((name) => `orders[${name}]`));
	if (spec.keyset) keys.push('id_greater', 'id_less', 'ids', 'ids[]');
	keys.push(...(spec.reads ?? []));
	return keys;
}

/** Whether `key` is one of `honoured` (where `filters[x][<operator>]` matches any operator). */
export function isHonoured(key: string, honoured: readonly string[]): boolean {
	if (honoured.includes(key)) return true;
	const match = /^(filters\[[^\]]+\])\[[^\]]+\]$/.exec(key);
	return match !== null && honoured.includes(`${match[1]}[<operator>]`);
}

export function compareByOperator(actual: Json, expected: string, operator: string): boolean {
	const actualText = actual === null || actual === undefined ? '' : String(actual);
	const actualNumber = Number(actualText);
	const expectedNumber = Number(expected);
	const numeric = actualText !== '' && expected !== '' && !Number.isNaN(actualNumber) && !Number.isNaN(expectedNumber);
	const actualLower = actualText.toLowerCase();
	const expectedLower = expected.toLowerCase();
	switch (operator) {
		case 'neq':
			return actualLower !== expectedLower;
		case 'lt':
			return numeric ? actualNumber < expectedNumber : actualLower < expectedLower;
		case 'lte':
			return numeric ? actualNumber <= expectedNumber : actualLower <= expectedLower;
		case 'gt':
			return numeric ? actualNumber > expectedNumber : actualLower > expectedLower;
		case 'gte':
			return numeric ? actualNumber >= expectedNumber : actualLower >= expectedLower;
		case 'contains':
		case 'like':
			return actualLower.includes(expectedLower);
		case 'starts_with':
			return actualLower.startsWith(expectedLower);
		default:
			return actualLower === expectedLower;
	}
}

export const contains =
	(...fields: string[]): FilterFn =>
	(row, value, operator) =>
		fields.some((field) => compareByOperator(row[field], value, operator === '' ? 'contains' : operator));

export const equals =
	(field: string): FilterFn =>
	(row, value, operator) =>
		compareByOperator(row[field], value, operator);

export const dateAfter =
	(field: string): FilterFn =>
	(row, value) => {
		const threshold = parseDate(value);
		return threshold === undefined || (typeof row[field] === 'number' && row[field] > threshold);
	};

export const dateBefore =
	(field: string): FilterFn =>
	(row, value) => {
		const threshold = parseDate(value);
		return threshold === undefined || (typeof row[field] === 'number' && row[field] < threshold);
	};

/** Standard created/updated before/after filters on `_c`/`_u`. */
export const dateFilters: Record<string, FilterFn> = {
	created_before: dateBefore('_c'),
	created_after: dateAfter('_c'),
	updated_before: dateBefore('_u'),
	updated_after: dateAfter('_u'),
};

const FILTER_KEY = /^filters\[([^\]]+)\](?:\[([^\]]+)\])?$/;
const ORDER_KEY = /^orders\[([^\]]+)\]$/;

function compareValues(left: Json, right: Json): number {
	if (left === right) return 0;
	if (left === null || left === undefined || left === '') return -1;
	if (right === null || right === undefined || right === '') return 1;
	const leftNumber = typeof left === 'number' ? left : Number(left);
	const rightNumber = typeof right === 'number' ? right : Number(right);
	if (!Number.isNaN(leftNumber) && !Number.isNaN(rightNumber)) return leftNumber - rightNumber;
	return String(left).localeCompare(String(right), 'en', { sensitivity: 'base' });
}

/** Apply filters, id_greater/id_less/ids, and orders. Returns a new array (input untouched). */
export function filterAndSort(rows: Row[], query: Query, spec: ListSpec): Row[] {
	const predicates: Array<(row: Row) => boolean> = [];
	for (const key of Object.keys(query)) {
		const value = queryValue(query, key) ?? '';
		const match = FILTER_KEY.exec(key);
		if (match) {
			const [, name, operator = ''] = match;
			const filter = spec.filters?.[name];
			if (filter) predicates.push((row) => filter(row, value, operator));
			continue;
		}
		const param = spec.params?.[key];
		if (param) predicates.push((row) => param(row, value, ''));
	}
	if (spec.keyset) {
		const idGreater = queryValue(query, 'id_greater');
		if (idGreater !== undefined && idGreater !== '') predicates.push((row) => Number(row.id) > Number(idGreater));
		const idLess = queryValue(query, 'id_less');
		if (idLess !== undefined && idLess !== '') predicates.push((row) => Number(row.id) < Number(idLess));
		const ids = query['ids[]'] ?? query.ids;
		if (ids !== undefined) {
			const set = new Set((Array.isArray(ids) ? ids : ids.split(',')).map((id) => id.trim()));
			predicates.push((row) => set.has(row.id));
		}
	}
	let out = predicates.length ? rows.filter((row) => predicates.every((predicate) => predicate(row))) : rows.slice();

	const orders: Array<{ get: Getter; direction: number }> = [];
	for (const key of Object.keys(query)) {
		const match = ORDER_KEY.exec(key);
		if (!match) continue;
		const name = match[1];
		const direction = (queryValue(query, key) ?? '').toUpperCase() === 'DESC' ? -1 : 1;
		const get = spec.orders?.[name];
		if (get) orders.push({ get, direction });
	}
	if (orders.length) {
		out = out.sort((left, right) => {
			for (const order of orders) {
				const comparison = compareValues(order.get(left), order.get(right));
				if (comparison !== 0) return comparison * order.direction;
			}
			return Number(left.id) - Number(right.id);
		});
	}
	return out;
}

export function paginate<T>(rows: T[], query: Query, defaultLimit = DEFAULT_LIMIT): T[] {
	const { limit, offset } = paging(query, defaultLimit);
	return rows.slice(offset, offset + limit);
}

/**
 * Sub-resource lists (`/contacts/{id}/notes`…): whether ActiveCampaign pages them is not documented. The sandbox
 * answers every record unless `limit` is given, then that page.
 */
export function pageIfAsked<T>(rows: T[], query: Query): T[] {
	return query.limit === undefined ? rows : paginate(rows, query, MAX_LIMIT);
}

export const PAGING = ['limit', 'offset'];
