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
import { describeValue, failItem } from '../errors/failItem';
import { oncePerRun } from '../memo/runMemo';
import { toCents } from '../money';
import { RECORD_KINDS, type RecordKind } from '../records/kinds';
import { setBodyPath } from '../routing/body';
import { apiRequestAllItems, type ApiContext } from '../transport/request';

/**
 * Custom fields picked by name, for contacts, accounts and deals: one pipeline (definitions by ID, title or
 * personalization tag; one reading of lists; one check of options), with what differs per record kind here.
 */
export interface CustomFieldSource {
	/** Where the definitions live and what messages call them. */
	kind: RecordKind;
	/** The personalization tag, also accepted as the field's name (with or without %). */
	tagField: string;
	typeField: string;
	/**
	 * How the API takes values. Contacts and accounts: text (multi-select as `||a||b||`). Deals: typed (numbers as
	 * numbers, currency in cents with `fieldCurrency`, multi-select as an array).
	 */
	typedValues: boolean;
	/** The definition's list of allowed values, when the definition carries it (deals: `fieldOptions`). */
	optionsField?: string;
	/** The side-loaded collection of the definitions' options (contacts: `fieldOptions`, each `{field, label, value}`). */
	sideloadedOptions?: string;
	entry: (fieldId: string, value: IDataObject[string], currency?: string) => IDataObject;
}

export const CONTACT_CUSTOM_FIELDS: CustomFieldSource = {
	kind: RECORD_KINDS.field,
	tagField: 'perstag',
	typeField: 'type',
	typedValues: false,
	sideloadedOptions: 'fieldOptions',
	entry: (field, value) => ({ field, value }),
};

export const ACCOUNT_CUSTOM_FIELDS: CustomFieldSource = {
	kind: RECORD_KINDS.accountCustomField,
	tagField: 'personalization',
	typeField: 'fieldType',
	typedValues: false,
	entry: (customFieldId, fieldValue) => ({ customFieldId, fieldValue }),
};

export const DEAL_CUSTOM_FIELDS: CustomFieldSource = {
	kind: RECORD_KINDS.dealCustomField,
	tagField: 'personalization',
	typeField: 'fieldType',
	typedValues: true,
	optionsField: 'fieldOptions',
	entry: (customFieldId, fieldValue, currency) => ({
		customFieldId: Number(customFieldId),
		fieldValue,
		...(currency ? { fieldCurrency: currency } : {}),
	}),
};

const titleOf = (source: CustomFieldSource, field: IDataObject) => String(field[source.kind.nameField] ?? field.id);

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

/** The values of a multi-select: an array, `||a||b||`, or a comma-separated text. */
export function listOfValues(raw: unknown): string[] {
	if (Array.isArray(raw)) return raw.map((value) => String(value).trim()).filter(Boolean);
	const text = String(raw ?? '');
	return (text.includes('||') ? text.split('||') : text.split(','))
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

export interface FieldOption {
	label: string;
	value: string;
}

/** The allowed values of a definition fetched by fetchCustomFields (contacts: side-loaded `fieldOptions`). */
const OPTIONS_OF = new WeakMap<IDataObject, FieldOption[]>();

export function optionsOf(field: IDataObject): FieldOption[] {
	return OPTIONS_OF.get(field) ?? [];
}

/** Every definition, 100 a page (accounts have more than the first page's worth), once per node run. */
export async function fetchCustomFields(context: ApiContext, source: CustomFieldSource): Promise<IDataObject[]> {
	return await oncePerRun(context, `custom-field-definitions:${source.kind.path}`, async () => {
		const sideloaded: IDataObject[] = [];
		const fields = await apiRequestAllItems.call(context, source.kind.path, source.kind.rootProperty, {}, Infinity, undefined, (page) => {
			if (source.sideloadedOptions && Array.isArray(page[source.sideloadedOptions])) sideloaded.push(...(page[source.sideloadedOptions] as IDataObject[]));
		});
		for (const field of fields) {
			const options = source.sideloadedOptions
				? sideloaded
						.filter((option) => String(option.field) === String(field.id))
						.map((option) => ({ label: String(option.label ?? option.value ?? ''), value: String(option.value ?? option.label ?? '') }))
				: source.optionsField && Array.isArray(field[source.optionsField])
					? (field[source.optionsField] as unknown[]).map((option) => ({ label: String(option), value: String(option) }))
					: [];
			OPTIONS_OF.set(field, options);
		}
		return fields;
	});
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
		fields.find((field) => String(field[source.kind.nameField] ?? '').trim().toLowerCase() === lower) ??
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
	const label = source.kind.label;
	if (!text) failItem(context, `The field "${fieldLabel}" needs a ${label}`, `Pick the ${label} from the list, or give its name or ID.`);
	const field = findCustomField(fields, source, text);
	if (!field) {
		const names = fields.map((candidate) => `"${titleOf(source, candidate)}"`).join(', ') || 'none';
		failItem(
			context,
			`No ${label} named "${text}" exists in ActiveCampaign`,
			`Check the spelling, or pick the field from the list (fields are matched by ID, title or personalization tag). Fields: ${names}.`,
		);
	}
	return field;
}

/**
 * The value as the API takes it for the field's type and the source's convention, with an error naming the field
 * when the value does not fit its type or is not one of its options.
 */
export function formatForField(
	context: ApiContext,
	field: IDataObject,
	source: CustomFieldSource,
	raw: unknown,
): IDataObject[string] {
	const title = titleOf(source, field);
	const type = String(field[source.typeField] ?? 'text').toLowerCase();
	const text = typeof raw === 'string' ? raw.trim() : raw;
	const bad = (what: string): never =>
		failItem(context, `The value ${describeValue(raw)} for the ${source.kind.label} "${title}" is not ${what}`, `"${title}" is a ${type} field.`);
	let value: IDataObject[string];
	if (WITH_OPTIONS.has(type) && optionsOf(field).length > 0 && text !== null && text !== undefined) {
		const chosen = chosenOptions(context, source, field, type, MULTI_VALUE_TYPES.has(type) ? listOfValues(text) : [String(text)]);
		if (!MULTI_VALUE_TYPES.has(type)) value = chosen[0] ?? '';
		else value = source.typedValues ? chosen : chosen.length ? `||${chosen.join('||')}||` : '';
	} else if (source.typedValues && (type === 'number' || type === 'currency')) {
		const number = Number(text);
		if (text === '' || text === null || text === undefined || typeof text === 'object' || !Number.isFinite(number)) bad(type === 'number' ? 'a number' : 'an amount');
		value = type === 'currency' ? toCents(number) : number;
	} else if (source.typedValues && MULTI_VALUE_TYPES.has(type)) {
		value = listOfValues(text);
	} else if (source.typedValues && (type === 'date' || type === 'datetime') && (text === '' || text === null || text === undefined)) {
		bad('a date');
	} else {
		try {
			value = formatCustomFieldValue(type, source.typedValues ? text : raw);
		} catch (error) {
			failItem(context, `The ${source.kind.label} "${title}" ${(error as Error).message}`, 'Give the value in the format the field type expects.');
		}
	}
	return value;
}

const WITH_OPTIONS = new Set(['dropdown', 'radio', ...MULTI_VALUE_TYPES]);

/**
 * The options' values for what was given: each entry must be an option's value or label (case and spaces ignored);
 * anything else stops the item with the options listed, so nothing unknown is stored silently.
 */
function chosenOptions(context: ApiContext, source: CustomFieldSource, field: IDataObject, type: string, given: string[]): string[] {
	const options = optionsOf(field);
	const normalized = (text: string) => text.trim().toLowerCase();
	const unknown: string[] = [];
	const chosen = given
		.filter((entry) => entry.trim() !== '')
		.map((entry) => {
			const option =
				options.find((candidate) => candidate.value === entry) ??
				options.find((candidate) => normalized(candidate.value) === normalized(entry) || normalized(candidate.label) === normalized(entry));
			if (!option) unknown.push(entry);
			return option?.value ?? entry;
		});
	if (unknown.length > 0) {
		const list = options.map((option) => (option.label === option.value ? `"${option.value}"` : `"${option.label}" (${option.value})`)).join(', ');
		failItem(
			context,
			`"${unknown.join('", "')}" is not an option of the ${source.kind.label} "${titleOf(source, field)}"`,
			`"${titleOf(source, field)}" is a ${type} field. Its options are: ${list}.${MULTI_VALUE_TYPES.has(type) ? ' Give several as a comma-separated list or an array.' : ''}`,
		);
	}
	return chosen;
}

interface CustomFieldRow {
	field?: unknown;
	value?: unknown;
	currency?: unknown;
}

/**
 * A preSend that turns the `parameter` fixedCollection ({field, value[, currency]} rows) into `bodyPath`
 * (e.g. `contact.fieldValues`, `deal.fields`), resolving field names and formatting values by field type.
 * A row with neither a field nor a value is skipped.
 */
export function customFieldsPreSend(source: CustomFieldSource, parameter: string, bodyPath: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const collection = this.getNodeParameter(parameter, {}) as { field?: CustomFieldRow[] } | null;
		const rows = (Array.isArray(collection?.field) ? collection.field : []).filter(
			(row) => String(row?.field ?? '').trim() !== '' || String(row?.value ?? '').trim() !== '',
		);
		if (rows.length === 0) return requestOptions;
		const fields = await fetchCustomFields(this, source);
		const values = rows.map((row) => {
			const field = requireCustomField(this, fields, source, row.field, 'Field Name or ID');
			const value = formatForField(this, field, source, row.value);
			const type = String(field[source.typeField] ?? '').toLowerCase();
			const currency =
				source.typedValues && type === 'currency'
					? (String(row.currency ?? '').trim() || String(field.fieldDefaultCurrency ?? '') || 'usd').toLowerCase()
					: undefined;
			return source.entry(String(field.id), value, currency);
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
		description: `Values of the ${options.source.kind.label}s to set. Dates become YYYY-MM-DD, date-times ISO 8601, and multi-select fields take a comma-separated list or an array.`,
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
							'The value to store. Dropdown, radio and multi-select fields take one of their options (listed under the field\'s name when you pick it; checked before sending). Multi-select: a comma-separated list (e.g. "Red, Blue") or an array. Dates: any date, sent as YYYY-MM-DD.',
					},
				],
			},
		],
		routing: { send: { preSend: [customFieldsPreSend(options.source, name, options.bodyPath)] } },
	};
}

/** "options: Free, Pro, Enterprise" (the first ten) for the field picker's description. */
function optionsHint(field: IDataObject): string {
	const options = optionsOf(field).map((option) => option.label);
	if (options.length === 0) return '';
	return `options: ${options.slice(0, 10).join(', ')}${options.length > 10 ? `, … (${options.length})` : ''}`;
}

/** loadOptions method: every definition, by title, sorted; the description shows type, tag and options. */
export function loadCustomFieldOptions(source: CustomFieldSource) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const fields = await fetchCustomFields(this, source);
		return fields
			.map((field) => ({
				name: titleOf(source, field),
				value: String(field.id),
				description: [field[source.typeField], field[source.tagField] ? `%${String(field[source.tagField])}%` : '', optionsHint(field)]
					.filter(Boolean)
					.join(' · '),
			}))
			.sort((a, b) => a.name.localeCompare(b.name));
	};
}
