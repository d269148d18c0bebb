import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

import { formatCustomFieldValue, listOfValues } from '../../shared/customFields/values';
import { describeValue, failItem } from '../../shared/errors/failItem';
import { findContactIdByEmail } from '../../shared/locators/read';
import { setBodyPath } from '../../shared/routing/body';
import { labelOf, liveFields } from '../customObjectSchema/shared';
import { keepSchema } from './shared';

/** An option of a dropdown or multiselect field: `{id, value}` as the schema lists it, or a plain text. */
function optionValues(field: IDataObject): string[] {
	const options = Array.isArray(field.options) ? (field.options as unknown[]) : [];
	return options
		.map((option) => (option && typeof option === 'object' ? (option as IDataObject).value ?? (option as IDataObject).label : option))
		.filter((value) => value !== undefined && value !== null)
		.map(String);
}

const isEmpty = (raw: unknown) => raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');

/**
 * A value as the API takes it for the field's type: numbers as numbers (no more decimals than the field's scale),
 * dates `YYYY-MM-DD`, date-times ISO 8601, dropdowns one of the options, multiselects a list of options, booleans
 * true/false, text as text. Empty clears the field (null), but for text. A value that does not fit stops the item
 * naming the field.
 */
export function typedValue(context: IExecuteSingleFunctions, schema: IDataObject, field: IDataObject, raw: unknown): unknown {
	const name = `"${labelOf(field)}" of the ${labelOf(schema)} schema`;
	const type = String(field.type ?? 'text').toLowerCase();
	const bad = (what: string, hint = `"${labelOf(field)}" is a ${type} field.`): never =>
		failItem(context, `The value ${describeValue(raw)} for the field ${name} is not ${what}`, hint);
	if (isEmpty(raw)) return type === 'text' || type === 'textarea' ? '' : null;
	switch (type) {
		case 'number':
		case 'currency': {
			const number = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : NaN;
			if (!Number.isFinite(number)) bad(type === 'number' ? 'a number' : 'an amount');
			const scale = Number(field.scale ?? 0);
			if (type === 'number' && Number.isInteger(scale) && scale >= 0 && Number(number.toFixed(scale)) !== number) {
				bad(scale === 0 ? 'a whole number' : `a number with at most ${scale} decimals`);
			}
			return number;
		}
		case 'date':
		case 'datetime':
			try {
				return formatCustomFieldValue(type, raw);
			} catch (error) {
				return failItem(context, `The field ${name} ${(error as Error).message}`, 'Give the value in the format the field type expects, e.g. 2026-05-21 or 2026-05-21T09:30:00Z.');
			}
		case 'dropdown':
		case 'multiselect': {
			const options = optionValues(field);
			const given = type === 'multiselect' ? listOfValues(raw) : [String(raw).trim()];
			if (options.length === 0) return type === 'multiselect' ? given : given[0];
			const unknown: string[] = [];
			const chosen = given.map((entry) => {
				const option = options.find((candidate) => candidate === entry) ?? options.find((candidate) => candidate.trim().toLowerCase() === entry.toLowerCase());
				if (option === undefined) unknown.push(entry);
				return option ?? entry;
			});
			if (unknown.length > 0) {
				failItem(
					context,
					`"${unknown.join('", "')}" is not an option of the field ${name}`,
					`Its options are: ${options.map((option) => `"${option}"`).join(', ')}.${type === 'multiselect' ? ' Give several as a comma-separated list or an array.' : ''}`,
				);
			}
			return type === 'multiselect' ? chosen : chosen[0];
		}
		case 'boolean': {
			if (typeof raw === 'boolean') return raw;
			const text = String(raw).trim().toLowerCase();
			if (['true', '1', 'yes'].includes(text)) return true;
			if (['false', '0', 'no'].includes(text)) return false;
			return bad('true or false');
		}
		default:
			if (Array.isArray(raw) || typeof raw === 'object') return JSON.stringify(raw);
			return String(raw);
	}
}

/** The field a row names: by ID, else by singular or plural label (case and surrounding spaces ignored). */
function fieldNamed(context: IExecuteSingleFunctions, schema: IDataObject, reference: unknown): IDataObject {
	const fields = liveFields(schema);
	const text = String(reference ?? '').trim();
	if (!text) failItem(context, 'A row of "Fields" has no field', 'Pick the field from the list, or give its name or ID.');
	const lower = text.toLowerCase();
	const labels = (field: IDataObject) => Object.values((field.labels as IDataObject | undefined) ?? {}).map((label) => String(label).trim().toLowerCase());
	const field = fields.find((candidate) => String(candidate.id) === text) ?? fields.find((candidate) => labels(candidate).includes(lower));
	if (!field) {
		const names = fields.map((candidate) => `"${labelOf(candidate)}"`).join(', ') || 'none';
		failItem(context, `The ${labelOf(schema)} schema has no field named "${text}"`, `Check the spelling, or pick the field from the list. Its fields: ${names}.`);
	}
	return field;
}

/** The relationship a row names, by ID or label. */
function relationshipNamed(context: IExecuteSingleFunctions, schema: IDataObject, reference: unknown): IDataObject {
	const relationships = Array.isArray(schema.relationships) ? (schema.relationships as IDataObject[]) : [];
	const text = String(reference ?? '').trim();
	const lower = text.toLowerCase();
	const labels = (entry: IDataObject) => Object.values((entry.labels as IDataObject | undefined) ?? {}).map((label) => String(label).trim().toLowerCase());
	const found = text ? (relationships.find((entry) => String(entry.id) === text) ?? relationships.find((entry) => labels(entry).includes(lower))) : undefined;
	if (!found) {
		const names = relationships.map((entry) => `"${labelOf(entry)}"`).join(', ') || 'none';
		failItem(context, `The ${labelOf(schema)} schema has no relationship named "${text}"`, `Pick the relationship from the list. Its relationships: ${names}.`);
	}
	return found;
}

/** The related records' IDs as numbers; contacts may also be given by email. */
async function relatedIds(context: IExecuteSingleFunctions, relationship: IDataObject, raw: unknown): Promise<number[]> {
	const entries = Array.isArray(raw) ? raw.map((entry) => String(entry).trim()).filter(Boolean) : listOfValues(raw);
	const contacts = String(relationship.namespace ?? '').toLowerCase() === 'contacts';
	const ids: number[] = [];
	for (const entry of entries) {
		if (/^\d+$/.test(entry)) ids.push(Number(entry));
		else if (contacts && entry.includes('@')) {
			const id = await findContactIdByEmail(context, entry);
			if (!id) failItem(context, `No contact with the email "${entry}" exists in ActiveCampaign`, `Check the email given for the relationship "${labelOf(relationship)}", or create the contact first.`);
			ids.push(Number(id));
		} else {
			failItem(
				context,
				`"${entry}" is not an ID for the relationship "${labelOf(relationship)}"`,
				contacts ? 'Give contact IDs (numbers) or emails, several separated by commas.' : 'Give record IDs (numbers), several separated by commas.',
			);
		}
	}
	if (relationship.hasMany === false && ids.length > 1) {
		failItem(context, `The relationship "${labelOf(relationship)}" relates one record only, got ${ids.length}`, 'Give one ID.');
	}
	return ids;
}

interface Row {
	field?: unknown;
	value?: unknown;
	relationship?: unknown;
	ids?: unknown;
}

const rowsOf = (collection: unknown, key: string): Row[] => {
	const rows = (collection as IDataObject | null)?.[key];
	return Array.isArray(rows) ? (rows as Row[]) : [];
};

/** preSend of Create or Update: `{"record": {externalId, fields: [{id, value}], relationships: {id: [IDs]}}}` into the schema's records path. */
export const recordBody: PreSendAction = async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const schema = await keepSchema(this);
	requestOptions.url = `/customObjects/records/${encodeURIComponent(String(schema.id))}`;
	const externalId = String(this.getNodeParameter('customObjectRecordExternalId', '') ?? '').trim();
	if (!externalId) failItem(this, 'The field "External ID" is required', 'Give the ID the record has in your system: a record with that external ID is updated, else one is created.');
	const fields: IDataObject[] = [];
	for (const row of rowsOf(this.getNodeParameter('customObjectRecordFields', {}), 'field')) {
		if (isEmpty(row.field) && isEmpty(row.value)) continue;
		const field = fieldNamed(this, schema, row.field);
		if (fields.some((entry) => entry.id === field.id)) failItem(this, `The field "${labelOf(field)}" is given twice`, 'Keep one row per field.');
		fields.push({ id: String(field.id), value: typedValue(this, schema, field, row.value) as IDataObject[string] });
	}
	const relationships: IDataObject = {};
	for (const row of rowsOf(this.getNodeParameter('customObjectRecordRelationships', {}), 'relationship')) {
		if (isEmpty(row.relationship) && isEmpty(row.ids)) continue;
		const relationship = relationshipNamed(this, schema, row.relationship);
		relationships[String(relationship.id)] = await relatedIds(this, relationship, row.ids);
	}
	setBodyPath(requestOptions, 'record.externalId', externalId);
	setBodyPath(requestOptions, 'record.fields', fields);
	if (Object.keys(relationships).length > 0) setBodyPath(requestOptions, 'record.relationships', relationships);
	return requestOptions;
};
