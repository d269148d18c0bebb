/** Table-driven CRUD: most AC v3 resources are uniform, so each is described by a ResourceSpec. */
import type { Ctx } from './context';
import { ApiError, notFound, ok, unwrap, type Reply } from './http';
import { filterAndSort, honouredQuery, paginate, type FilterFn, type ListSpec } from './query';
import type { Router } from './router';
import type { Json, Row } from './store';

export type Operation = 'list' | 'get' | 'create' | 'update' | 'delete';

export interface ResourceSpec extends ListSpec {
	/** Table name (and URL segment unless `path` is given). */
	table: string;
	path?: string;
	singular: string;
	/** Collection key; defaults to `table`. */
	plural?: string;
	/** Internal model name used in 404 messages ("No Result found for <model> with id N"). */
	model: string;
	/** meta.total as number instead of string. */
	totalNumeric?: boolean;
	/** Status of a successful create (default 201). */
	createStatus?: number;
	ops?: Operation[];
	defaultLimit?: number;
	/** Status used for "not found" on given ops (AC documents 403 on a few). Default 404. */
	notFoundStatus?: Partial<Record<Operation, number>>;
	/** Custom 404 body. */
	notFoundBody?: (id: string) => Json;
	/** Build the stored fields for a new row from the unwrapped input; validate and throw ApiError. */
	build(input: Record<string, Json>, ctx: Ctx): Record<string, Json>;
	/** Apply an update; default: copy `writable` keys (stringified). Validate and throw ApiError. */
	apply?(row: Row, input: Record<string, Json>, ctx: Ctx): void;
	writable?: string[];
	/** Render a stored row. */
	present(row: Row, ctx: Ctx, operation: Operation): Json;
	/** Render the create/update answer (defaults to present + echo of `echo` input keys with their input types). */
	presentWrite?(row: Row, input: Record<string, Json>, ctx: Ctx, operation: 'create' | 'update'): Json;
	echo?: string[];
	/** Extra top-level keys (side-loads) for an answer. */
	sideload?(rows: Row[], ctx: Ctx, operation: Operation): Record<string, Json>;
	/** Extra meta members for list answers (receives all filtered rows). */
	listMeta?(rows: Row[], ctx: Ctx): Record<string, Json>;
	/** Filters that need the request context (merged over `filters`). */
	ctxFilters?(ctx: Ctx): Record<string, FilterFn>;
	/** Base rows for list (e.g. scoped by a parent); default all. */
	baseRows?(ctx: Ctx): Row[];
	afterCreate?(row: Row, input: Record<string, Json>, ctx: Ctx): void;
	afterUpdate?(row: Row, before: Row, input: Record<string, Json>, ctx: Ctx): void;
	afterDelete?(row: Row, ctx: Ctx): void;
	/** Whether PUT/PATCH bodies may come unwrapped (default false). */
	unwrapped?: boolean;
}

export function stringify(value: Json): Json {
	if (value === undefined) return undefined;
	if (value === null) return null;
	if (typeof value === 'boolean') return value ? '1' : '0';
	if (typeof value === 'number') return String(value);
	return value;
}

export function findOr404(spec: ResourceSpec, ctx: Ctx, id: string, operation: Operation): Row {
	const row = ctx.store.table(spec.table).get(id);
	if (row) return row;
	const status = spec.notFoundStatus?.[operation] ?? 404;
	if (spec.notFoundBody) throw new ApiError(status, spec.notFoundBody(id));
	const error = notFound(spec.model, id);
	throw new ApiError(status, error.body);
}

/** The query keys a list route of this spec honours (context filters included). */
export function listHonours(spec: ResourceSpec): string[] {
	const contextual = Object.keys(spec.ctxFilters?.({} as Ctx) ?? {}).map((name) => `filters[${name}]`);
	return [...honouredQuery(spec), ...contextual];
}

export function listReply(spec: ResourceSpec, ctx: Ctx, base?: Row[]): Reply {
	const listSpec = spec.ctxFilters ? { ...spec, filters: { ...spec.filters, ...spec.ctxFilters(ctx) } } : spec;
	const rows = filterAndSort(base ?? spec.baseRows?.(ctx) ?? ctx.store.table(spec.table).all(), ctx.query, listSpec);
	const page = paginate(rows, ctx.query, spec.defaultLimit);
	const total = spec.totalNumeric ? rows.length : String(rows.length);
	return ok({
		...(spec.sideload?.(page, ctx, 'list') ?? {}),
		[spec.plural ?? spec.table]: page.map((row) => spec.present(row, ctx, 'list')),
		meta: { total, ...(spec.listMeta?.(rows, ctx) ?? {}) },
	});
}

function echoInput(out: Json, input: Record<string, Json>, keys: string[] | undefined): Json {
	if (!keys) return out;
	for (const key of keys) if (input[key] !== undefined && key in out) out[key] = input[key];
	return out;
}

export function writeReply(spec: ResourceSpec, row: Row, input: Record<string, Json>, ctx: Ctx, operation: 'create' | 'update', status: number): Reply {
	const body = spec.presentWrite
		? spec.presentWrite(row, input, ctx, operation)
		: echoInput(spec.present(row, ctx, operation), input, spec.echo);
	return ok({ ...(spec.sideload?.([row], ctx, operation) ?? {}), [spec.singular]: body }, status);
}

export function createRow(spec: ResourceSpec, input: Record<string, Json>, ctx: Ctx): Row {
	const fields = spec.build(input, ctx);
	const now = ctx.store.now();
	const row = ctx.store.table(spec.table).insert({ _c: now, _u: now, ...fields });
	spec.afterCreate?.(row, input, ctx);
	return row;
}

export function updateRow(spec: ResourceSpec, row: Row, input: Record<string, Json>, ctx: Ctx): void {
	const before = { ...row };
	if (spec.apply) spec.apply(row, input, ctx);
	else for (const key of spec.writable ?? []) if (input[key] !== undefined) row[key] = stringify(input[key]);
	ctx.store.touch(row);
	spec.afterUpdate?.(row, before, input, ctx);
}

export function mount(router: Router, spec: ResourceSpec): void {
	const path = `/${spec.path ?? spec.table}`;
	const operations = new Set<Operation>(spec.ops ?? ['list', 'get', 'create', 'update', 'delete']);
	if (operations.has('list')) router.add('GET', path, (ctx) => listReply(spec, ctx), listHonours(spec));
	if (operations.has('create'))
		router.add('POST', path, (ctx) => {
			const input = unwrap(ctx.body, spec.singular);
			const row = createRow(spec, input, ctx);
			return writeReply(spec, row, input, ctx, 'create', spec.createStatus ?? 201);
		});
	if (operations.has('get'))
		router.add('GET', `${path}/:id`, (ctx) => {
			const row = findOr404(spec, ctx, ctx.params.id, 'get');
			return ok({ ...(spec.sideload?.([row], ctx, 'get') ?? {}), [spec.singular]: spec.present(row, ctx, 'get') });
		});
	if (operations.has('update'))
		router.add('PUT|PATCH', `${path}/:id`, (ctx) => {
			const row = findOr404(spec, ctx, ctx.params.id, 'update');
			const input = spec.unwrapped && !(ctx.body && ctx.body[spec.singular]) ? (ctx.body ?? {}) : unwrap(ctx.body, spec.singular);
			updateRow(spec, row, input, ctx);
			return writeReply(spec, row, input, ctx, 'update', 200);
		});
	if (operations.has('delete'))
		router.add('DELETE', `${path}/:id`, (ctx) => {
			const row = findOr404(spec, ctx, ctx.params.id, 'delete');
			ctx.store.table(spec.table).delete(row.id);
			spec.afterDelete?.(row, ctx);
			return ok({});
		});
}

/** Copy the visible (non `_`-prefixed) fields of a row. */
export function visible(row: Row): Record<string, Json> {
	const out: Record<string, Json> = {};
	for (const key of Object.keys(row)) if (!key.startsWith('_') && key !== 'id') out[key] = row[key];
	return out;
}
