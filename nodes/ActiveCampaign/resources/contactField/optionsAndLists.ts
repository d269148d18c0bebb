import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { withoutLinks } from '../../shared/output';
import { apiRequest } from '../../shared/transport/request';
import { OPTION_FIELD_TYPES } from './shared';

interface OptionEntry {
	label?: string;
	value?: string;
	isDefault?: boolean;
}

function optionEntries(context: IExecuteSingleFunctions, parameter: string): OptionEntry[] {
	const collection = context.getNodeParameter(parameter, {}) as { option?: OptionEntry[] };
	return (collection.option ?? []).filter((entry) => String(entry.value ?? entry.label ?? '').trim() !== '');
}

function listIds(context: IExecuteSingleFunctions, parameter: string): string[] {
	const raw = context.getNodeParameter(parameter, []) as unknown;
	const values = Array.isArray(raw) ? raw : String(raw ?? '').split(',');
	return values.map((value) => String(value).trim()).filter(Boolean);
}

async function addOptions(context: IExecuteSingleFunctions, fieldId: string, entries: OptionEntry[]): Promise<IDataObject[]> {
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

async function addRelations(context: IExecuteSingleFunctions, fieldId: string, lists: string[]): Promise<IDataObject[]> {
	const relations: IDataObject[] = [];
	for (const relid of lists) {
		const response = await apiRequest.call(context, 'POST', '/fieldRels', { fieldRel: { field: fieldId, relid } });
		relations.push((response.fieldRel as IDataObject | undefined) ?? response);
	}
	return relations;
}

function output(
	context: IExecuteSingleFunctions,
	body: IDataObject,
	fieldOptions: IDataObject[],
	fieldRels: IDataObject[],
): INodeExecutionData[] {
	const simplify = context.getNodeParameter('simplify', true) as boolean;
	if (!simplify) return [{ json: { ...body, fieldOptions, fieldRels } }];
	const field = withoutLinks((body.field ?? body) as IDataObject);
	return [{ json: { ...field, fieldOptions: fieldOptions.map(withoutLinks), fieldRels: fieldRels.map(withoutLinks) } }];
}

/** The response body of POST/PUT /fields and the ID of the field it saved. */
function savedField(items: INodeExecutionData[], response: IN8nHttpFullResponse): { body: IDataObject; fieldId: string } {
	const body = (response.body ?? items[0]?.json ?? {}) as IDataObject;
	const field = (body.field ?? {}) as IDataObject;
	return { body, fieldId: String(field.id) };
}

/**
 * After POST /fields: the options (dropdown, radio, checkbox, list box) go to /fieldOption/bulk and the
 * lists the field shows on to /fieldRels (no list chosen = all lists, relid 0, as ActiveCampaign's app does).
 */
export async function completeCreatedField(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const { body, fieldId } = savedField(items, response);
	const type = String(this.getNodeParameter('fieldType', '') ?? '');
	const entries = OPTION_FIELD_TYPES.includes(type) ? optionEntries(this, 'contactFieldFieldOptions') : [];
	const fieldOptions = await addOptions(this, fieldId, entries);
	const lists = listIds(this, 'contactFieldShowOnLists');
	const fieldRels = await addRelations(this, fieldId, lists.length ? lists : ['0']);
	return output(this, body, fieldOptions, fieldRels);
}

/** After PUT /fields/{id}: new options are added, and the field is shown on lists it is not yet shown on. */
export async function completeUpdatedField(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const { body, fieldId } = savedField(items, response);
	const fieldOptions = await addOptions(this, fieldId, optionEntries(this, 'contactFieldUpdateFieldOptions'));
	let lists = listIds(this, 'contactFieldUpdateShowOnLists');
	if (lists.length) {
		const current = await apiRequest.call(this, 'GET', `/fields/${fieldId}`);
		const shownOn = new Set(((current.fieldRels as IDataObject[] | undefined) ?? []).map((rel) => String(rel.relid)));
		lists = lists.filter((list) => !shownOn.has(list) && !shownOn.has('0'));
	}
	const fieldRels = await addRelations(this, fieldId, lists);
	return output(this, body, fieldOptions, fieldRels);
}
