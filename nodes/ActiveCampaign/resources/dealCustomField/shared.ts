import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { resolveIds } from '../../shared/locators/read';
import { RECORD_KINDS } from '../../shared/records/kinds';

export const dealCustomFieldLocator = recordLocator({
	name: 'dealCustomField',
	displayName: 'Deal Custom Field',
	kind: RECORD_KINDS.dealCustomField,
	searchListMethod: 'searchDealCustomFields',
	byText: 'name',
	description: 'The deal custom field, picked from the list, by ID, or by its label',
});

/** The field picker of every operation on one deal custom field. */
export const dealCustomFieldSharedFields: INodeProperties[] = [
	{ ...dealCustomFieldLocator, displayOptions: showFor('dealCustomField', ['get', 'update', 'delete']) },
];

/** preSend: the picked field's ID into `/dealCustomFieldMeta/{dealCustomField}`. */
export const dealCustomFieldId = resolveIds(
	[{ parameter: 'dealCustomField', kind: RECORD_KINDS.dealCustomField }],
	'/dealCustomFieldMeta/{dealCustomField}',
);

const body = (property: string, value?: string) => ({ send: { type: 'body' as const, property: `dealCustomFieldMetum.${property}`, ...(value ? { value } : {}) } });

/** Options of create and update (all optional on update). */
export const dealCustomFieldOptions: INodeProperties[] = [
	{
		displayName: 'Default Currency',
		name: 'fieldDefaultCurrency',
		type: 'string',
		default: '',
		placeholder: 'e.g. usd',
		description: 'For currency fields: the default currency code',
		routing: body('fieldDefaultCurrency', '={{ String($value).toLowerCase() }}'),
	},
	{
		displayName: 'Default Value',
		name: 'fieldDefault',
		type: 'string',
		default: '',
		routing: body('fieldDefault'),
	},
	{
		displayName: 'Display Order',
		name: 'displayOrder',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'Position of the field on deal profiles',
		routing: body('displayOrder'),
	},
	{
		displayName: 'Options',
		name: 'fieldOptions',
		type: 'string',
		default: '',
		placeholder: 'e.g. Small, Medium, Large',
		description: 'For dropdown, radio, checkbox and multi-select fields: the choices, comma-separated',
		routing: body('fieldOptions', "={{ String($value).split(',').map(option => option.trim()).filter(option => option) }}"),
	},
	{
		displayName: 'Required',
		name: 'isRequired',
		type: 'boolean',
		default: false,
		description: 'Whether the field must be filled in on deals',
		routing: body('isRequired', '={{ $value ? 1 : 0 }}'),
	},
	{
		displayName: 'Visible on Forms',
		name: 'isFormVisible',
		type: 'boolean',
		default: true,
		description: 'Whether the field shows on forms',
		routing: body('isFormVisible', '={{ $value ? 1 : 0 }}'),
	},
];
