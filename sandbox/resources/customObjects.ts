/**
 * Custom objects: schemas (`/customObjects/schemas`, read here; created in the seed) and their records
 * (`/customObjects/records/{schemaId}`: list, create or update by external ID, get, delete by ID or external ID).
 * IDs are UUIDs, as ActiveCampaign's; `meta` holds numbers (`total`, `count`, `limit`, `offset`), as the spec shows.
 * Strict where the spec is silent: a value that does not fit its field's type, an unknown field or a missing
 * required field is refused with 422 naming the field (the spec documents "Invalid value for field").
 */
import { createHash } from 'node:crypto';

import type { Ctx } from '../context';
import { ApiError, ok, queryValue } from '../http';
import { paging } from '../query';
import type { Router } from '../router';
import type { Json, Row, Store } from '../store';

const SCHEMAS = 'customObjectSchemas';
const RECORDS = 'customObjectRecords';

/** A UUID derived from a text, so seeded and created IDs are stable between runs. */
export function uuidOf(text: string): string {
	const hex = createHash('sha1').update(text).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const NOT_FOUND = (): ApiError => new ApiError(404, { message: 'Not Found' });

function invalid(fieldId: string, detail: string): ApiError {
	return new ApiError(422, {
		errors: [{ title: `Invalid value for field "${fieldId}"`, detail, source: { type: 'pointer', value: `/data/attributes/${fieldId}` } }],
	});
}

const iso = (ms: number) => new Date(ms).toISOString();

interface SchemaField {
	id: string;
	labels: { singular: string; plural: string };
	type: string;
	required: boolean;
	scale?: number;
	options?: Array<{ id: string; value: string }>;
	status?: string;
}

function presentSchema(row: Row, showAllFields: boolean): Json {
	const fields = (row.fields as SchemaField[]).filter((field) => showAllFields || field.status !== 'marked_for_deletion');
	return {
		id: row.id,
		slug: row.slug,
		visibility: row.visibility,
		labels: { ...row.labels },
		description: row.description,
		createdTimestamp: iso(row._c),
		updatedTimestamp: iso(row._u),
		fields: fields.map((field) => ({ ...field, labels: { ...field.labels }, ...(field.options ? { options: field.options.map((option) => ({ ...option })) } : {}) })),
		icons: { default: 'https://d226aj4ao1t61q.cloudfront.net/n9mayqo2d_customobject.png' },
		relationships: (row.relationships as Json[]).map((relationship) => ({ ...relationship, labels: { ...relationship.labels } })),
	};
}

function presentRecord(row: Row): Json {
	return {
		id: row.id,
		externalId: row.externalId,
		schemaId: row.schemaId,
		fields: (row.fields as Array<{ id: string; value: Json }>).map((field) => ({ id: field.id, value: field.value })),
		relationships: Object.fromEntries(Object.entries(row.relationships as Record<string, string[]>).map(([key, ids]) => [key, [...ids]])),
		createdTimestamp: iso(row._c),
		updatedTimestamp: iso(row._u),
	};
}

function listPage(rows: Row[], ctx: Ctx, key: string, present: (row: Row) => Json): Json {
	const { limit, offset } = paging(ctx.query);
	const page = rows.slice(offset, offset + limit);
	return ok({ [key]: page.map(present), meta: { total: rows.length, count: page.length, limit, offset } });
}

function schemaOr404(ctx: Ctx, id: string): Row {
	const schema = ctx.store.table(SCHEMAS).get(id);
	if (!schema) throw NOT_FOUND();
	return schema;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** The value as stored, or a 422 naming the field when it does not fit the field's type. */
function checkValue(field: SchemaField, value: Json): Json {
	if (value === null) return null;
	const optionValues = (field.options ?? []).map((option) => option.value);
	switch (field.type) {
		case 'number':
		case 'currency':
			if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(field.id, `${field.id} must be a number.`);
			if ((field.scale ?? 0) === 0 && field.type === 'number' && !Number.isInteger(value)) throw invalid(field.id, `${field.id} must be a whole number (scale 0).`);
			return value;
		case 'date':
			if (typeof value !== 'string' || !DATE.test(value)) throw invalid(field.id, `${field.id} must be a date (YYYY-MM-DD).`);
			return value;
		case 'datetime':
			if (typeof value !== 'string' || !DATE_TIME.test(value)) throw invalid(field.id, `${field.id} must be a date and time (ISO 8601 with offset).`);
			return value;
		case 'dropdown':
			if (typeof value !== 'string' || !optionValues.includes(value)) throw invalid(field.id, `${field.id} cannot accept a value that is not defined in the schema.`);
			return value;
		case 'multiselect':
			if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'string' || !optionValues.includes(entry)))
				throw invalid(field.id, `${field.id} cannot accept a value that is not defined in the schema.`);
			return [...value];
		case 'boolean':
			if (typeof value !== 'boolean') throw invalid(field.id, `${field.id} must be true or false.`);
			return value;
		default:
			if (typeof value !== 'string') throw invalid(field.id, `${field.id} must be text.`);
			return value;
	}
}

function upsertRecord(ctx: Ctx): Json {
	const schema = schemaOr404(ctx, ctx.params.schemaId);
	const input = ctx.body && typeof ctx.body === 'object' && ctx.body.record && typeof ctx.body.record === 'object' ? ctx.body.record : undefined;
	if (!input) throw new ApiError(400, { errors: [{ status: 400, title: 'Bad Request' }] });
	const fields = (schema.fields as SchemaField[]).filter((field) => field.status !== 'marked_for_deletion');
	const given = Array.isArray(input.fields) ? (input.fields as Json[]) : [];
	const values = new Map<string, Json>();
	for (const entry of given) {
		const field = fields.find((candidate) => candidate.id === entry?.id);
		if (!field) throw invalid(String(entry?.id), `${String(entry?.id)} is not a field of the schema.`);
		values.set(field.id, checkValue(field, entry.value));
	}
	const relationships: Record<string, string[]> = {};
	if (input.relationships !== undefined) {
		if (typeof input.relationships !== 'object' || input.relationships === null || Array.isArray(input.relationships))
			throw new ApiError(400, { errors: [{ status: 400, title: 'Bad Request' }] });
		for (const [key, ids] of Object.entries(input.relationships as Record<string, Json>)) {
			const relationship = (schema.relationships as Json[]).find((candidate) => candidate.id === key);
			if (!relationship) throw invalid(key, `${key} is not a relationship of the schema.`);
			if (!Array.isArray(ids) || ids.some((id) => !/^\d+$/.test(String(id)))) throw invalid(key, `${key} must be a list of IDs.`);
			if (!relationship.hasMany && ids.length > 1) throw invalid(key, `${key} relates one record only.`);
			relationships[key] = ids.map(String);
		}
	}
	const externalId = input.externalId === undefined || input.externalId === null ? '' : String(input.externalId);
	const table = ctx.store.table(RECORDS);
	const existing = externalId ? table.find((row) => row.schemaId === schema.id && row.externalId === externalId) : undefined;
	if (existing) {
		const stored = new Map((existing.fields as Array<{ id: string; value: Json }>).map((field) => [field.id, field.value]));
		for (const [id, value] of values) stored.set(id, value);
		existing.fields = [...stored].map(([id, value]) => ({ id, value }));
		existing.relationships = { ...(existing.relationships as Record<string, string[]>), ...relationships };
		ctx.store.touch(existing);
		return ok({ record: presentRecord(existing) }, 200);
	}
	const missing = fields.find((field) => field.required && (values.get(field.id) === undefined || values.get(field.id) === null));
	if (missing) throw invalid(missing.id, `${missing.id} is required.`);
	const now = ctx.store.now();
	const id = uuidOf(`record:${schema.id}:${externalId || String(now)}:${table.size}`);
	const row: Row = { id, _c: now, _u: now, schemaId: schema.id, externalId, fields: [...values].map(([fieldId, value]) => ({ id: fieldId, value })), relationships };
	table.rows.set(id, row);
	return ok({ record: presentRecord(row) }, 201);
}

export function mountCustomObjects(router: Router): void {
	router.add(
		'GET',
		'/customObjects/schemas',
		(ctx) => {
			const showAll = queryValue(ctx.query, 'showFields') === 'all';
			const rows = ctx.store.table(SCHEMAS).all().sort((a, b) => a._c - b._c);
			return listPage(rows, ctx, 'schemas', (row) => presentSchema(row, showAll));
		},
		['limit', 'offset', 'showFields'],
	);
	router.add('GET', '/customObjects/schemas/:id', (ctx) => ok({ schema: presentSchema(schemaOr404(ctx, ctx.params.id), queryValue(ctx.query, 'showFields') === 'all') }), ['showFields']);
	router.add(
		'GET',
		'/customObjects/records/:schemaId',
		(ctx) => {
			const schema = schemaOr404(ctx, ctx.params.schemaId);
			const rows = ctx.store.table(RECORDS).where((row) => row.schemaId === schema.id).sort((a, b) => a._c - b._c);
			return listPage(rows, ctx, 'records', presentRecord);
		},
		['limit', 'offset'],
	);
	router.add('POST', '/customObjects/records/:schemaId', upsertRecord);
	router.add('DELETE', '/customObjects/records/:schemaId/external/:externalId', (ctx) => {
		const schema = schemaOr404(ctx, ctx.params.schemaId);
		const table = ctx.store.table(RECORDS);
		const row = table.find((candidate) => candidate.schemaId === schema.id && candidate.externalId === ctx.params.externalId);
		if (!row) throw NOT_FOUND();
		table.delete(row.id);
		return { status: 202 };
	});
	router.add('GET', '/customObjects/records/:schemaId/:recordId', (ctx) => {
		const schema = schemaOr404(ctx, ctx.params.schemaId);
		const row = ctx.store.table(RECORDS).get(ctx.params.recordId);
		if (!row || row.schemaId !== schema.id) throw NOT_FOUND();
		return ok({ record: presentRecord(row) });
	});
	router.add('DELETE', '/customObjects/records/:schemaId/:recordId', (ctx) => {
		const schema = schemaOr404(ctx, ctx.params.schemaId);
		const table = ctx.store.table(RECORDS);
		const row = table.get(ctx.params.recordId);
		if (!row || row.schemaId !== schema.id) throw NOT_FOUND();
		table.delete(row.id);
		return { status: 202 };
	});
}

const label = (singular: string, plural = `${singular}s`) => ({ singular, plural });

/** Seeded schema IDs, for tests and examples. */
export const SEEDED_SCHEMAS = { subscription: uuidOf('schema:subscription'), vehicle: uuidOf('schema:vehicle') };

/** Two schemas ("Subscription" with a field of every type, "Vehicle") and three subscriptions of contacts 1-3. */
export function seedCustomObjects(store: Store, at: number): void {
	const schemas = store.table(SCHEMAS);
	const contactRelationship = { id: 'primary-contact', labels: label('Primary Contact'), description: 'Primary contact to this object', namespace: 'contacts', hasMany: false };
	schemas.rows.set(SEEDED_SCHEMAS.subscription, {
		id: SEEDED_SCHEMAS.subscription,
		_c: at,
		_u: at,
		slug: 'subscription',
		visibility: 'private',
		labels: label('Subscription'),
		description: 'Software subscriptions',
		fields: [
			{ id: 'plan', labels: label('Plan'), type: 'dropdown', required: true, options: ['Basic', 'Pro', 'Enterprise'].map((value, index) => ({ id: String(index + 1), value })) },
			{ id: 'seats', labels: label('Seats', 'Seats'), type: 'number', required: false, scale: 0 },
			{ id: 'monthly-price', labels: label('Monthly Price', 'Monthly Prices'), type: 'number', required: false, scale: 2 },
			{ id: 'start-date', labels: label('Start Date'), type: 'date', required: false },
			{ id: 'renews-at', labels: label('Renews At', 'Renews At'), type: 'datetime', required: false },
			{ id: 'features', labels: label('Features', 'Features'), type: 'multiselect', required: false, options: ['Support', 'API', 'SSO'].map((value, index) => ({ id: String(index + 1), value })) },
			{ id: 'notes', labels: label('Notes', 'Notes'), type: 'textarea', required: false },
			{ id: 'old-code', labels: label('Old Code'), type: 'text', required: false, status: 'marked_for_deletion' },
		],
		relationships: [contactRelationship, { id: 'account', labels: label('Account'), description: 'Accounts related to this object', namespace: 'accounts', hasMany: false }],
	} as Row);
	schemas.rows.set(SEEDED_SCHEMAS.vehicle, {
		id: SEEDED_SCHEMAS.vehicle,
		_c: at + 1,
		_u: at + 1,
		slug: 'vehicle',
		visibility: 'private',
		labels: label('Vehicle'),
		description: 'Cars of contacts',
		fields: [
			{ id: 'make', labels: label('Make'), type: 'text', required: false },
			{ id: 'year', labels: label('Year'), type: 'number', required: false, scale: 0 },
		],
		relationships: [{ ...contactRelationship, hasMany: true }],
	} as Row);
	const records = store.table(RECORDS);
	const plans = ['Basic', 'Pro', 'Enterprise'];
	for (let i = 1; i <= 3; i++) {
		const id = uuidOf(`record:subscription:${i}`);
		records.rows.set(id, {
			id,
			_c: at + 10 + i,
			_u: at + 10 + i,
			schemaId: SEEDED_SCHEMAS.subscription,
			externalId: `sub-${i}`,
			fields: [
				{ id: 'plan', value: plans[i - 1] },
				{ id: 'seats', value: i * 5 },
				{ id: 'start-date', value: `2026-0${i}-01` },
			],
			relationships: { 'primary-contact': [String(i)] },
		} as Row);
	}
}
