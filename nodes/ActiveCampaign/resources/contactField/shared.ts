import type { INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../shared/locators/property';
import { RECORD_KINDS } from '../../shared/records/kinds';

export const contactFieldLocator = recordLocator({
	name: 'field',
	displayName: 'Custom Field',
	kind: RECORD_KINDS.field,
	searchListMethod: 'searchContactFields',
	byText: 'name',
	description: 'The contact custom field, picked from the list, by ID, or by its title',
});

/** Field types whose values come from a list of options. */
export const OPTION_FIELD_TYPES = ['checkbox', 'dropdown', 'listbox', 'radio'];

/** Settings that create and update share (body `field.*`). */
export const fieldSettingOptions: INodeProperties[] = [
	{
		displayName: 'Default Value',
		name: 'defval',
		type: 'string',
		default: '',
		description: 'The value new contacts get when none is given',
		routing: { send: { type: 'body', property: 'field.defval' } },
	},
	{
		displayName: 'Description',
		name: 'descript',
		type: 'string',
		default: '',
		description: 'A description of the field, shown to ActiveCampaign users',
		routing: { send: { type: 'body', property: 'field.descript' } },
	},
	{
		displayName: 'Order',
		name: 'ordernum',
		type: 'number',
		default: 1,
		typeOptions: { minValue: 1 },
		description: "Position of the field in ActiveCampaign's field list",
		routing: { send: { type: 'body', property: 'field.ordernum' } },
	},
	{
		displayName: 'Personalization Tag',
		name: 'perstag',
		type: 'string',
		default: '',
		placeholder: 'e.g. FAVORITE_COLOR',
		description: 'The tag used in emails (%TAG%); ActiveCampaign derives it from the title when empty',
		routing: { send: { type: 'body', property: 'field.perstag' } },
	},
	{
		displayName: 'Visible in Forms',
		name: 'visible',
		type: 'boolean',
		default: true,
		description: 'Whether the field can be used in the form builder',
		routing: { send: { type: 'body', property: 'field.visible', value: '={{ $value ? 1 : 0 }}' } },
	},
];

/** Options of dropdown, radio, checkbox and list box fields (sent to /fieldOption/bulk). */
export function fieldOptionsProperty(
	name: string,
	displayName: string,
	description: string,
): Omit<INodeProperties, 'displayOptions'> {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Option',
		default: {},
		description,
		options: [
			{
				displayName: 'Option',
				name: 'option',
				values: [
					{
						displayName: 'Label',
						name: 'label',
						type: 'string',
						default: '',
						description: 'The text shown for the option; the value is used when empty',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: 'The value stored on contacts that choose this option',
					},
					{
						displayName: 'Selected by Default',
						name: 'isDefault',
						type: 'boolean',
						default: false,
						description: 'Whether this option is chosen for new contacts',
					},
				],
			},
		],
	};
}

/** Lists on which the field is shown (relations, sent to /fieldRels); the caller sets the name and extends the description. */
export const showOnListsProperty: Omit<INodeProperties, 'displayOptions'> = {
	displayName: 'Show on List Names or IDs',
	name: 'showOnLists',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getLists' },
	default: [],
	description:
		'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};
