/** Paging, ordering and filtering for collection endpoints. */
import { qs, type Query } from './http';
import type { Json, Row } from './store';
import { parseDate } from './time';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export function paging(query: Query, defaultLimit = DEFAULT_LIMIT): { limit: number; offset: number } {
	const rawLimit = Number.parseInt(qs(query, 'limit') ?? '', 10);
	const rawOffset = Number.parseInt(qs(query, 'offset') ?? '', 10);
	const limit = Number.isFinite(rawLimit) && rawLimit > 0 ? Math.min(rawLimit, MAX_LIMIT) : defaultLimit;
	const offset = Number.isFinite(rawOffset) && rawOffset > 0 ? rawOffset : 0;
	return { limit, offset };
}

export type FilterFn = (row: Row, value: string, op: string) => boolean;
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
	const m = /^(filters\[[^\]]+\])\[[^\]]+\]$/.exec(key);
	return m !== null && honoured.includes(`${m[1]}[<operator>]`);
}

export function compareOp(actual: Json, expected: string, op: string): boolean {
	const a = actual === null || actual === undefined ? '' : String(actual);
	const an = Number(a);
	const en = Number(expected);
	const numeric = a !== '' && expected !== '' && !Number.isNaN(an) && !Number.isNaN(en);
	const al = a.toLowerCase();
	const el = expected.toLowerCase();
	switch (op) {
		case 'neq':
			return al !== el;
		case 'lt':
			return numeric ? an < en : al < el;
		case 'lte':
			return numeric ? an <= en : al <= el;
		case 'gt':
			return numeric ? an > en : al > el;
		case 'gte':
			return numeric ? an >= en : al >= el;
		case 'contains':
		case 'like':
			return al.includes(el);
		case 'starts_with':
			return al.startsWith(el);
		default:
			return al === el;
	}
}

export const contains =
	(...fields: string[]): FilterFn =>
	(row, value, op) =>
		fields.some((f) => compareOp(row[f], value, op === '' ? 'contains' : op));

export const equals =
	(field: string): FilterFn =>
	(row, value, op) =>
		compareOp(row[field], value, op);

export const dateAfter =
	(field: string): FilterFn =>
	(row, value) => {
		const t = parseDate(value);
		return t === undefined || (typeof row[field] === 'number' && row[field] > t);
	};

export const dateBefore =
	(field: string): FilterFn =>
	(row, value) => {
		const t = parseDate(value);
		return t === undefined || (typeof row[field] === 'number' && row[field] < t);
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

function cmp(a: Json, b: Json): number {
	if (a === b) return 0;
	if (a === null || a === undefined || a === '') return -1;
	if (b === null || b === undefined || b === '') return 1;
	const an = typeof a === 'number' ? a : Number(a);
	const bn = typeof b === 'number' ? b : Number(b);
	if (!Number.isNaN(an) && !Number.isNaN(bn)) return an - bn;
	return String(a).localeCompare(String(b), 'en', { sensitivity: 'base' });
}

/** Apply filters, id_greater/id_less/ids, and orders. Returns a new array (input untouched). */
export function filterAndSort(rows: Row[], query: Query, spec: ListSpec): Row[] {
	const preds: Array<(r: Row) => boolean> = [];
	for (const key of Object.keys(query)) {
		const value = qs(query, key) ?? '';
		const m = FILTER_KEY.exec(key);
		if (m) {
			const [, name, op = ''] = m;
			const fn = spec.filters?.[name];
			if (fn) preds.push((r) => fn(r, value, op));
			continue;
		}
		const p = spec.params?.[key];
		if (p) preds.push((r) => p(r, value, ''));
	}
	if (spec.keyset) {
		const idGreater = qs(query, 'id_greater');
		if (idGreater !== undefined && idGreater !== '') preds.push((r) => Number(r.id) > Number(idGreater));
		const idLess = qs(query, 'id_less');
		if (idLess !== undefined && idLess !== '') preds.push((r) => Number(r.id) < Number(idLess));
		const ids = query['ids[]'] ?? query.ids;
		if (ids !== undefined) {
			const set = new Set((Array.isArray(ids) ? ids : ids.split(',')).map((s) => s.trim()));
			preds.push((r) => set.has(r.id));
		}
	}
	let out = preds.length ? rows.filter((r) => preds.every((p) => p(r))) : rows.slice();

	const orders: Array<{ get: Getter; dir: number }> = [];
	for (const key of Object.keys(query)) {
		const m = ORDER_KEY.exec(key);
		if (!m) continue;
		const name = m[1];
		const dir = (qs(query, key) ?? '').toUpperCase() === 'DESC' ? -1 : 1;
		const get = spec.orders?.[name];
		if (get) orders.push({ get, dir });
	}
	if (orders.length) {
		out = out.sort((a, b) => {
			for (const o of orders) {
				const c = cmp(o.get(a), o.get(b));
				if (c !== 0) return c * o.dir;
			}
			return Number(a.id) - Number(b.id);
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
