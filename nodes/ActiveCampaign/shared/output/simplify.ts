import type { IDataObject } from 'n8n-workflow';

import { centsToAmount } from '../money';
import { kindOfCollection, type CustomFieldValues, type RecordKind, type SimplifiedShape, type SimplifiedType } from '../records/kinds';

/**
 * Simplify, one registry: every record kind describes what a person maps (`simplified` in shared/records/kinds.ts)
 * and this turns a record of that kind into it: `id` first, then the kind's fields in its order and typed, with
 * amounts beside cents, labels beside codes, names of related records the same response side-loads, and custom
 * fields under their titles. A kind without a shape keeps its fields, `id` first, without `links`.
 */

export interface SimplifyInput {
	/** The whole response, whose side-loaded records give related names and custom field values. */
	body?: IDataObject;
	/** Custom field definitions as `{id, title, type}`, read in a preSend, to put values under their titles. */
	fieldDefinitions?: IDataObject[];
}

export function withoutLinks(record: IDataObject): IDataObject {
	const rest = { ...record };
	delete rest.links;
	return rest;
}

/** The kind a response's wrapper names: `contact` / `contacts` -> contact, `dealCustomFieldMetum` -> dealCustomField. */
export function kindOfProperty(property: string): RecordKind | undefined {
	return kindOfCollection(property) ?? kindOfCollection(`${property}s`) ?? (property.endsWith('um') ? kindOfCollection(`${property.slice(0, -2)}a`) : undefined);
}

const ZERO_DATE = /^0000-00-00/;
const WITH_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** An ISO 8601 date-time in UTC from the API's dates; zero-dates and blanks are null, a date or a date-time without zone stays as given. */
export function isoDate(value: unknown): string | null {
	if (value === null || value === undefined) return null;
	const text = String(value).trim();
	if (text === '' || ZERO_DATE.test(text)) return null;
	if (!WITH_ZONE.test(text)) return text;
	const time = Date.parse(text);
	return Number.isFinite(time) ? new Date(time).toISOString() : text;
}

export function numberOrNull(value: unknown): number | string | null {
	if (value === null || value === undefined || value === '') return null;
	const number = typeof value === 'number' ? value : Number(String(value).trim());
	return Number.isFinite(number) ? number : String(value);
}

function booleanOrNull(value: unknown): boolean | null {
	if (value === null || value === undefined || value === '') return null;
	if (typeof value === 'boolean') return value;
	return ['1', 'true', 'yes'].includes(String(value).trim().toLowerCase());
}

/** A multi-value as a list: an array stays, `||a||b||` is split, a blank is empty. */
export function listValue(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	if (value === null || value === undefined || value === '') return [];
	const text = String(value);
	return text.includes('||') ? text.split('||').filter((part) => part !== '') : [value];
}

function typed(type: SimplifiedType, value: unknown): unknown {
	switch (type) {
		case 'number':
			return numberOrNull(value);
		case 'date':
			return isoDate(value);
		case 'boolean':
			return booleanOrNull(value);
		case 'list':
			return listValue(value);
		default:
			return value;
	}
}

const MULTI_VALUE_TYPES = new Set(['checkbox', 'listbox', 'multiselect']);
const NUMBER_TYPES = new Set(['number', 'currency']);

/** A custom field value typed by its field's type: multi-select as an array, numbers as numbers, dates ISO. */
export function customFieldValue(type: string, value: unknown): unknown {
	const kind = type.toLowerCase();
	if (MULTI_VALUE_TYPES.has(kind)) return listValue(value).map(String);
	if (value === null || value === undefined) return null;
	if (NUMBER_TYPES.has(kind)) return value === '' ? null : numberOrNull(value);
	if (kind === 'date' || kind === 'datetime') return isoDate(value);
	return value;
}

function definitionsById(definitions: IDataObject[] | undefined): Map<string, IDataObject> {
	return new Map((definitions ?? []).map((definition) => [String(definition.id), definition]));
}

/** Custom field values the answer carries for a record, under their titles (by field ID when its definition is unknown). */
function customFieldsOf(where: CustomFieldValues, record: IDataObject, input: SimplifyInput): IDataObject | undefined {
	const values = where.in === 'sideLoad' ? input.body?.[where.property] : record[where.property];
	if (!Array.isArray(values)) return undefined;
	const definitions = definitionsById(input.fieldDefinitions);
	const out: IDataObject = {};
	for (const entry of values as IDataObject[]) {
		if (!entry || typeof entry !== 'object') continue;
		const owner = where.owner ? entry[where.owner] : undefined;
		if (owner !== undefined && record.id !== undefined && String(owner) !== String(record.id)) continue;
		const definition = definitions.get(String(entry[where.field]));
		const title = String(definition?.title ?? entry[where.field]);
		out[title] = customFieldValue(String(definition?.type ?? ''), entry[where.value]) as IDataObject[string];
	}
	return out;
}

/** The name of each related record the response side-loads (`stage: "4"` with `dealStages: [...]` -> "Negotiation"). */
function relatedName(body: IDataObject | undefined, collection: string, reference: unknown): unknown {
	const records = body?.[collection];
	if (!Array.isArray(records) || reference === null || reference === undefined || reference === '') return undefined;
	const kind = kindOfCollection(collection);
	const nameOf = (id: unknown) => {
		const related = (records as IDataObject[]).find((candidate) => String(candidate?.id) === String(id));
		return related ? (related[kind?.nameField ?? 'name'] ?? null) : undefined;
	};
	if (Array.isArray(reference)) {
		const names = reference.map(nameOf);
		return names.every((name) => name === undefined) ? undefined : names.map((name) => name ?? null);
	}
	return nameOf(reference);
}

function applyShape(shape: SimplifiedShape, record: IDataObject, input: SimplifyInput): IDataObject {
	const out: IDataObject = { id: record.id };
	const valueOf = shape.customFieldValue;
	const definition = valueOf ? definitionsById(input.fieldDefinitions).get(String(record[valueOf.field])) : undefined;
	for (const [field, type] of Object.entries(shape.fields)) {
		if (field === 'id' || !(field in record)) continue;
		out[field] = typed(type, record[field]) as IDataObject[string];
		if (valueOf && field === valueOf.field && definition) out.fieldTitle = String(definition.title ?? '');
		if (valueOf && field === valueOf.value && definition) out[field] = customFieldValue(String(definition.type ?? ''), record[field]) as IDataObject[string];
		if (shape.amounts?.includes(field)) {
			const amount = centsToAmount(record[field]);
			out[`${field}Amount`] = amount ?? null;
		}
		const labels = shape.labels?.[field];
		if (labels) {
			const code = record[field];
			out[`${field}Label`] = code === null || code === undefined || code === '' ? null : ((labels as Record<string, string>)[String(code)] ?? null);
		}
	}
	for (const [name, [field, collection]] of Object.entries(shape.names ?? {})) {
		const value = relatedName(input.body, collection, record[field]);
		if (value !== undefined) out[name] = value as IDataObject[string];
	}
	if (shape.customFields) {
		const customFields = customFieldsOf(shape.customFields, record, input);
		if (customFields) out.customFields = customFields;
	}
	return out;
}

/** The simplified record of a kind (see kinds.ts `simplified`); without a shape, the record without `links`, `id` first. */
export function simplifyRecord(kind: RecordKind | undefined, record: IDataObject, input: SimplifyInput = {}): IDataObject {
	if (kind?.simplified) return applyShape(kind.simplified, record, input);
	const rest = withoutLinks(record);
	return 'id' in rest ? { id: rest.id, ...rest } : rest;
}
