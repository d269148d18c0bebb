import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import {
	customFieldPicker,
	fetchCustomFields,
	findCustomField,
	formatForField,
	loadCustomFieldOptions,
	type CustomFieldSource,
} from './values';
import { failItem } from '../errors/failItem';
import { setBody } from '../routing/body';
import { toCents } from '../money';

/** Deal custom field values, set by label on deal create/update (`deal.fields[]`), converted by field type. */

export const DEAL_CUSTOM_FIELDS: CustomFieldSource = {
	label: 'deal custom field',
	path: '/dealCustomFieldMeta',
	rootProperty: 'dealCustomFieldMeta',
	titleField: 'fieldLabel',
	tagField: 'personalization',
	typeField: 'fieldType',
	entry: (customFieldId, fieldValue) => ({ customFieldId, fieldValue }),
};

/** loadOptions: deal custom fields by label (type and personalization tag as the description). */
export const getDealCustomFields = loadCustomFieldOptions(DEAL_CUSTOM_FIELDS);

/** The "Custom Fields" parameter (top level on create, inside Update Fields on update). */
export function dealCustomFieldsParameter(): INodeProperties {
	return {
		displayName: 'Custom Fields',
		name: 'customFields',
		type: 'fixedCollection',
		placeholder: 'Add Custom Field',
		default: {},
		typeOptions: { multipleValues: true },
		description:
			'Deal custom field values. Dates take YYYY-MM-DD, numbers and currency amounts take numbers (1500.50), multi-select and checkbox fields take a comma-separated list or an array.',
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					customFieldPicker('getDealCustomFields'),
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: 'The value, written for the field type (e.g. 2026-03-31, 1500.50, "Red, Blue")',
					},
					{
						displayName: 'Currency',
						name: 'currency',
						type: 'string',
						default: '',
						placeholder: 'e.g. usd',
						description: "For currency fields only: the value's currency code; defaults to the field's default currency",
					},
				],
			},
		],
	};
}

const WITH_OPTIONS = new Set(['dropdown', 'radio', 'multiselect', 'checkbox', 'listbox']);
const MULTIPLE = new Set(['multiselect', 'checkbox', 'listbox']);

function asList(value: unknown): string[] {
	if (Array.isArray(value)) return value.map((entry) => String(entry).trim()).filter(Boolean);
	const text = String(value ?? '');
	const parts = text.includes('||') ? text.split('||') : text.split(',');
	return parts.map((entry) => entry.trim()).filter(Boolean);
}

function convert(context: IExecuteSingleFunctions, definition: IDataObject, raw: unknown, currency: string): IDataObject {
	const label = String(definition.fieldLabel);
	const type = String(definition.fieldType);
	const text = typeof raw === 'string' ? raw.trim() : raw;
	const bad = (what: string): never =>
		failItem(context, `The value "${String(raw)}" for the deal custom field "${label}" is not ${what}`, `"${label}" is a ${type} field.`);
	const entry: IDataObject = { customFieldId: Number(definition.id) };

	if (type === 'number') {
		const number = Number(text);
		if (text === '' || !Number.isFinite(number)) bad('a number');
		entry.fieldValue = number;
	} else if (type === 'currency') {
		const amount = Number(text);
		if (text === '' || !Number.isFinite(amount)) bad('an amount');
		entry.fieldValue = toCents(amount);
		entry.fieldCurrency = (currency || String(definition.fieldDefaultCurrency ?? '') || 'usd').toLowerCase();
	} else if (type === 'date' || type === 'datetime') {
		if (text === '' || text === undefined || text === null) bad('a date');
		entry.fieldValue = formatForField(context, definition, DEAL_CUSTOM_FIELDS, text);
	} else if (MULTIPLE.has(type)) {
		entry.fieldValue = asList(text);
	} else {
		entry.fieldValue = text === undefined || text === null ? '' : String(text);
	}

	const options = Array.isArray(definition.fieldOptions) ? (definition.fieldOptions as unknown[]).map(String) : [];
	if (WITH_OPTIONS.has(type) && options.length > 0) {
		const chosen = Array.isArray(entry.fieldValue) ? (entry.fieldValue as string[]) : [String(entry.fieldValue)];
		const unknown = chosen.filter((value) => !options.includes(value));
		if (unknown.length > 0) {
			failItem(
				context,
				`"${unknown.join('", "')}" is not an option of the deal custom field "${label}"`,
				`The options are: ${options.map((option) => `"${option}"`).join(', ')}.`,
			);
		}
	}
	return entry;
}

/** preSend: turns the Custom Fields parameter at `parameterPath` into `deal.fields`. */
export function setDealCustomFields(parameterPath: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const given = this.getNodeParameter(parameterPath, {}) as IDataObject;
		const rows = ((given?.field as IDataObject[] | undefined) ?? []).filter((row) => String(row.field ?? '').trim() !== '');
		if (rows.length === 0) return requestOptions;
		const definitions = await fetchCustomFields(this, DEAL_CUSTOM_FIELDS);
		const fields = rows.map((row) => {
			const wanted = String(row.field).trim();
			const definition = findCustomField(definitions, DEAL_CUSTOM_FIELDS, wanted);
			if (!definition) {
				failItem(
					this,
					`No deal custom field "${wanted}" exists in ActiveCampaign`,
					`Pick the field from the list, or create it first (Deal Custom Field > Create). Fields: ${definitions.map((d) => `"${String(d.fieldLabel)}"`).join(', ') || 'none'}.`,
				);
			}
			return convert(this, definition, row.value, String(row.currency ?? '').trim());
		});
		setBody(requestOptions, 'deal', { fields });
		return requestOptions;
	};
}
