import type { INodeProperties } from 'n8n-workflow';

import { customFieldPicker, customFieldsPreSend, DEAL_CUSTOM_FIELDS, loadCustomFieldOptions } from './values';

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
						description: 'The value, written for the field type (e.g. 2026-03-31, 1500.50, "Red, Blue"); dropdown, radio and multi-select fields take their options (listed under the field name), checked before sending',
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

/** preSend: turns the Custom Fields parameter at `parameterPath` into `deal.fields`. */
export function setDealCustomFields(parameterPath: string) {
	return customFieldsPreSend(DEAL_CUSTOM_FIELDS, parameterPath, 'deal.fields');
}
