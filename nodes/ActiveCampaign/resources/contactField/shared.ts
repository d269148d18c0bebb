import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { resolveIds } from '../../shared/locators/read';
import { simplifyRecord } from '../../shared/output/simplify';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { apiRequest } from '../../shared/transport/request';

export const contactFieldLocator = recordLocator({
	name: 'field',
	displayName: 'Custom Field',
	kind: RECORD_KINDS.field,
	searchListMethod: 'searchContactFields',
	byText: 'name',
	description: 'The contact custom field, picked from the list, by ID, or by its title',
});

/** The field picker of every operation on one field. */
export const contactFieldSharedFields: INodeProperties[] = [
	{ ...contactFieldLocator, displayOptions: showFor('contactField', ['get', 'update', 'delete']) },
];

/** preSend: the picked field's ID into `/fields/{field}`. */
export const contactFieldId = resolveIds([{ parameter: 'field', kind: RECORD_KINDS.field }], '/fields/{field}');

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

interface OptionEntry {
	label?: string;
	value?: string;
	isDefault?: boolean;
}

/** The filled rows of an options parameter (fieldOptionsProperty). */
export function optionEntries(context: IExecuteSingleFunctions, parameter: string): OptionEntry[] {
	const collection = context.getNodeParameter(parameter, {}) as { option?: OptionEntry[] };
	return (collection.option ?? []).filter((entry) => String(entry.value ?? entry.label ?? '').trim() !== '');
}

/** The list IDs of a show-on-lists parameter (showOnListsProperty): picked, an array or comma-separated text. */
export function listIds(context: IExecuteSingleFunctions, parameter: string): string[] {
	const raw = context.getNodeParameter(parameter, []) as unknown;
	const values = Array.isArray(raw) ? raw : String(raw ?? '').split(',');
	return values.map((value) => String(value).trim()).filter(Boolean);
}

export async function addOptions(context: IExecuteSingleFunctions, fieldId: string, entries: OptionEntry[]): Promise<IDataObject[]> {
	if (entries.length === 0) return [];
	const fieldOptions = entries.map((entry, index) => {
		const value = String(entry.value ?? '').trim() || String(entry.label ?? '').trim();
		return {
			field: fieldId,
			label: String(entry.label ?? '').trim() || value,
			value,
			isdefault: entry.isDefault === true ? 1 : 0,
			orderid: index + 1,
		};
	});
	const response = await apiRequest.call(context, 'POST', '/fieldOption/bulk', { fieldOptions });
	return (response.fieldOptions as IDataObject[] | undefined) ?? [];
}

export async function addRelations(context: IExecuteSingleFunctions, fieldId: string, lists: string[]): Promise<IDataObject[]> {
	const relations: IDataObject[] = [];
	for (const relid of lists) {
		const response = await apiRequest.call(context, 'POST', '/fieldRels', { fieldRel: { field: fieldId, relid } });
		relations.push((response.fieldRel as IDataObject | undefined) ?? response);
	}
	return relations;
}

/** The saved field with the options and list relations added after it (Simplify: without links). */
export function savedFieldOutput(
	context: IExecuteSingleFunctions,
	body: IDataObject,
	fieldOptions: IDataObject[],
	fieldRels: IDataObject[],
): INodeExecutionData[] {
	const simplify = context.getNodeParameter('simplify', true) as boolean;
	if (!simplify) return [{ json: { ...body, fieldOptions, fieldRels } }];
	const field = simplifyRecord(RECORD_KINDS.field, (body.field ?? body) as IDataObject);
	const options = fieldOptions.map((option) => simplifyRecord(RECORD_KINDS.fieldOption, option));
	return [{ json: { ...field, fieldOptions: options, fieldRels: fieldRels.map((relation) => simplifyRecord(RECORD_KINDS.fieldRel, relation)) } }];
}

/** The response body of POST/PUT /fields and the ID of the field it saved. */
export function savedField(items: INodeExecutionData[], response: IN8nHttpFullResponse): { body: IDataObject; fieldId: string } {
	const body = (response.body ?? items[0]?.json ?? {}) as IDataObject;
	const field = (body.field ?? {}) as IDataObject;
	return { body, fieldId: String(field.id) };
}
