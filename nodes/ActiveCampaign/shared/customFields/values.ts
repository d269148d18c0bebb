import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodeProperties,
	INodePropertyOptions,
	PreSendAction,
} from 'n8n-workflow';
import { DateTime } from 'luxon';

import { showFor } from '../descriptions';
import { failItem } from '../errors/failItem';
import { setBodyPath } from '../routing/body';
import { apiRequestAllItems, type ApiContext } from '../transport/request';

/**
 * Custom fields picked by name: where their definitions live, and how one value goes into a record's body.
 * Contacts: `contact.fieldValues: [{field, value}]`; accounts: `account.fields: [{customFieldId, fieldValue}]`.
 */
export interface CustomFieldSource {
	/** "custom field", "account custom field", ... (for messages) */
	label: string;
	path: string;
	rootProperty: string;
	titleField: string;
	/** The personalization tag, also accepted as the field's name (with or without %). */
	tagField: string;
	typeField: string;
	entry: (fieldId: string, value: string) => IDataObject;
}

export const CONTACT_CUSTOM_FIELDS: CustomFieldSource = {
	label: 'custom field',
	path: '/fields',
	rootProperty: 'fields',
	titleField: 'title',
	tagField: 'perstag',
	typeField: 'type',
	entry: (field, value) => ({ field, value }),
};

export const ACCOUNT_CUSTOM_FIELDS: CustomFieldSource = {
	label: 'account custom field',
	path: '/accountCustomFieldMeta',
	rootProperty: 'accountCustomFieldMeta',
	titleField: 'fieldLabel',
	tagField: 'personalization',
	typeField: 'fieldType',
	entry: (customFieldId, fieldValue) => ({ customFieldId, fieldValue }),
};

const MULTI_VALUE_TYPES = new Set(['checkbox', 'listbox', 'multiselect']);

function parseDateValue(raw: unknown): DateTime | undefined {
	if (raw instanceof Date) return DateTime.fromJSDate(raw, { zone: 'utc' });
	if (DateTime.isDateTime(raw)) return raw;
	const text = String(raw).trim();
	if (/^\d+$/.test(text)) return DateTime.fromMillis(Number(text) * (text.length <= 10 ? 1000 : 1), { zone: 'utc' });
	const candidates = [
		DateTime.fromISO(text, { setZone: true }),
		DateTime.fromSQL(text, { setZone: true }),
		DateTime.fromRFC2822(text, { setZone: true }),
		DateTime.fromJSDate(new Date(text), { zone: 'utc' }),
	];
	return candidates.find((candidate) => candidate.isValid);
}

function listOfValues(raw: unknown): string[] {
	if (Array.isArray(raw)) return raw.map((value) => String(value).trim()).filter(Boolean);
	return String(raw)
		.split(/\|\||,/)
		.map((value) => value.trim())
		.filter(Boolean);
}

/**
 * A value as ActiveCampaign stores it for a field type: date `YYYY-MM-DD`, datetime ISO 8601 with offset,
 * multi-select (checkbox, listbox, multiselect) `||a||b||` from a comma-separated text or an array.
 * Throws an Error whose message says what was expected.
 */
export function formatCustomFieldValue(type: string, raw: unknown): string {
	if (raw === null || raw === undefined) return '';
	const kind = type.toLowerCase();
	if (MULTI_VALUE_TYPES.has(kind)) {
		const values = listOfValues(raw);
		return values.length ? `||${values.join('||')}||` : '';
	}
	if (Array.isArray(raw)) return raw.map(String).join(', ');
	if (typeof raw === 'string' && raw.trim() === '') return '';
	if (kind === 'date' || kind === 'datetime') {
		if (kind === 'date' && typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.trim())) return raw.trim();
		const date = parseDateValue(raw);
		if (!date) throw new Error(`expects a ${kind === 'date' ? 'date (YYYY-MM-DD)' : 'date and time (ISO 8601)'}, got "${String(raw)}"`);
		return kind === 'date' ? date.toFormat('yyyy-MM-dd') : (date.toISO({ suppressMilliseconds: true }) ?? String(raw));
	}
	if (typeof raw === 'object') return JSON.stringify(raw);
	return String(raw);
}

/** Every definition, 100 a page (accounts have more than the first page's worth). */
export async function fetchCustomFields(context: ApiContext, source: CustomFieldSource): Promise<IDataObject[]> {
	return await apiRequestAllItems.call(context, source.path, source.rootProperty);
}

function normalisedTag(value: unknown): string {
	return String(value ?? '')
		.trim()
		.replace(/^%|%$/g, '')
		.toLowerCase();
}

/** The field whose ID, title or personalization tag is `reference` (case-insensitive). */
export function findCustomField(
	fields: IDataObject[],
	source: CustomFieldSource,
	reference: string,
): IDataObject | undefined {
	const wanted = reference.trim();
	const lower = wanted.toLowerCase();
	return (
		fields.find((field) => String(field.id) === wanted) ??
		fields.find((field) => String(field[source.titleField] ?? '').trim().toLowerCase() === lower) ??
		fields.find((field) => normalisedTag(field[source.tagField]) === normalisedTag(wanted) && normalisedTag(wanted) !== '')
	);
}

/** Resolves a field reference (ID, title or tag) against the definitions, with an error naming it when unknown. */
export function requireCustomField(
	context: IExecuteSingleFunctions,
	fields: IDataObject[],
	source: CustomFieldSource,
	reference: unknown,
	fieldLabel = 'Field',
): IDataObject {
	const text = typeof reference === 'object' ? '' : String(reference ?? '').trim();
	if (!text) failItem(context, `The field "${fieldLabel}" needs a ${source.label}`, `Pick the ${source.label} from the list, or give its name or ID.`);
	const field = findCustomField(fields, source, text);
	if (!field) {
		failItem(
			context,
			`No ${source.label} named "${text}" exists in ActiveCampaign`,
			`Check the spelling, or pick the field from the list. Fields are matched by ID, title or personalization tag.`,
		);
	}
	return field;
}

/** Formats a value for a field, with an error naming the field when the value does not fit its type. */
export function formatForField(
	context: IExecuteSingleFunctions,
	field: IDataObject,
	source: CustomFieldSource,
	raw: unknown,
): string {
	try {
		return formatCustomFieldValue(String(field[source.typeField] ?? 'text'), raw);
	} catch (error) {
		failItem(
			context,
			`The ${source.label} "${String(field[source.titleField])}" ${(error as Error).message}`,
			'Give the value in the format the field type expects.',
		);
	}
}

interface CustomFieldEntry {
	field?: string | number;
	value?: unknown;
}

/**
 * A preSend that turns the `parameter` fixedCollection ({field, value} pairs) into `bodyPath`
 * (e.g. `contact.fieldValues`), resolving field names and formatting values by field type.
 */
export function customFieldsPreSend(source: CustomFieldSource, parameter: string, bodyPath: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const collection = this.getNodeParameter(parameter, {}) as { field?: CustomFieldEntry[] };
		const entries = collection.field ?? [];
		if (entries.length === 0) return requestOptions;
		const fields = await fetchCustomFields(this, source);
		const values = entries.map((entry) => {
			const field = requireCustomField(this, fields, source, entry.field);
			return source.entry(String(field.id), formatForField(this, field, source, entry.value));
		});
		setBodyPath(requestOptions, bodyPath, values);
		return requestOptions;
	};
}

export interface CustomFieldsPropertyOptions {
	resource: string;
	operations: string[];
	source: CustomFieldSource;
	/** Name of the `methods.loadOptions` method listing the definitions (see `loadCustomFieldOptions`). */
	loadOptionsMethod: string;
	/** Where the values go in the body, e.g. `contact.fieldValues`. */
	bodyPath: string;
	name?: string;
}

/** The "Field Name or ID" of a Custom Fields row: the definitions listed by `loadOptionsMethod`. */
export function customFieldPicker(loadOptionsMethod: string): INodeProperties {
	return {
		displayName: 'Field Name or ID',
		name: 'field',
		type: 'options',
		typeOptions: { loadOptionsMethod },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	};
}

/** The "Custom Fields" picker: any number of {field by name, value} pairs. */
export function customFieldsProperty(options: CustomFieldsPropertyOptions): INodeProperties {
	const name = options.name ?? 'customFields';
	return {
		displayName: 'Custom Fields',
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Custom Field',
		default: {},
		description: `Values of the ${options.source.label}s to set. Dates become YYYY-MM-DD, date-times ISO 8601, and multi-select fields take a comma-separated list or an array.`,
		displayOptions: showFor(options.resource, options.operations),
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					customFieldPicker(options.loadOptionsMethod),
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description:
							'The value to store. Multi-select fields: a comma-separated list (e.g. "Red, Blue") or an array. Dates: any date, sent as YYYY-MM-DD.',
					},
				],
			},
		],
		routing: { send: { preSend: [customFieldsPreSend(options.source, name, options.bodyPath)] } },
	};
}

/** loadOptions method: every definition, by title, sorted. */
export function loadCustomFieldOptions(source: CustomFieldSource) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const fields = await fetchCustomFields(this, source);
		return fields
			.map((field) => ({
				name: String(field[source.titleField] ?? field.id),
				value: String(field.id),
				description: [field[source.typeField], field[source.tagField] ? `%${String(field[source.tagField])}%` : '']
					.filter(Boolean)
					.join(' · '),
			}))
			.sort((a, b) => a.name.localeCompare(b.name));
	};
}
