import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeProperties,
	INodePropertyOptions,
	PreSendAction,
} from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { failItem } from '../../shared/errors/failItem';
import { locatorText } from '../../shared/locators/read';
import { itemState, rememberResolvedId } from '../../shared/memo/itemState';
import type { PostReceiveFunction } from '../../shared/output';
import { apiRequest, apiRequestAllItems, PAGE_SIZE, type ApiContext } from '../../shared/transport/request';
import { labelOf, liveFields, schemaLocator, schemaOf, schemaOfItem, TEXT_ID_VALIDATION } from '../customObjectSchema/shared';

/** The schema picker of every record operation (its ID goes into `{customObjectRecordSchema}` of the URL). */
export const SCHEMA_PARAMETER = 'customObjectRecordSchema';
export const RECORD_PARAMETER = 'customObjectRecord';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const recordsPath = (schemaId: string) => `/customObjects/records/${encodeURIComponent(schemaId)}`;

/** A record picker: from the schema's records, by ID, or by external ID (the ID of the record in your system). */
export const customObjectRecordLocator: INodeProperties = {
	displayName: 'Record',
	name: RECORD_PARAMETER,
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The record, picked from the list, by its ID, or by its external ID',
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchCustomObjectRecords', searchable: true } },
		{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 1fba439a-208e-48e6-bd23-f6c97c3e0519', validation: TEXT_ID_VALIDATION('record') },
		{ displayName: 'By External ID', name: 'externalId', type: 'string', placeholder: 'e.g. order-1001' },
	],
};

/** The schema picker, then the record picker of Get and Delete. */
export const customObjectRecordSharedFields: INodeProperties[] = [
	{
		...schemaLocator(SCHEMA_PARAMETER, 'The custom object schema the record belongs to, picked from the list, by ID, or by its name'),
		displayOptions: showFor('customObjectRecord', ['upsert', 'get', 'getAll', 'delete']),
	},
	{ ...customObjectRecordLocator, displayOptions: showFor('customObjectRecord', ['get', 'delete']) },
];

/** How the record list shows a record: its external ID (or ID), with its first field's value. */
function recordLabelOfSchema(record: IDataObject, schema: IDataObject): string {
	const handle = String(record.externalId || record.id);
	const [first] = Array.isArray(record.fields) ? (record.fields as IDataObject[]) : [];
	if (!first || first.value === null || first.value === undefined || first.value === '') return handle;
	const definition = liveFields(schema).find((field) => String(field.id) === String(first.id));
	const value = Array.isArray(first.value) ? first.value.join(', ') : String(first.value);
	return `${handle} (${definition ? `${labelOf(definition)}: ` : ''}${value})`;
}

/** A record picker's reading: From List and By ID give an ID, By External ID an external ID; a plain value is an ID when it is a UUID. */
export function readRecord(raw: unknown): { id: string } | { externalId: string } | undefined {
	const { mode, value } = locatorText(raw);
	if (!value) return undefined;
	if (mode === 'externalId') return { externalId: value };
	if (mode === 'list' || mode === 'id' || UUID.test(value)) return { id: value };
	return { externalId: value };
}

/** The record of a schema with an external ID (every page read: the API documents no filter for it). */
export async function findByExternalId(context: ApiContext, schema: IDataObject, externalId: string): Promise<IDataObject | undefined> {
	const [found] = await apiRequestAllItems.call(context, recordsPath(String(schema.id)), 'records', {}, 1, (record) => String(record.externalId ?? '') === externalId);
	return found;
}

/**
 * preSend of Get: the schema (kept for Simplify) and the record's ID into the URL; a record given by external ID is
 * looked up first, and one that does not exist fails the item naming it.
 */
export const resolveSchemaAndRecord: PreSendAction = async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const schema = await keepSchema(this);
	const reading = readRecord(this.getNodeParameter(RECORD_PARAMETER, ''));
	if (!reading) failItem(this, 'The record is required', 'Pick the record from the list, or give its ID or external ID.');
	let id: string;
	if ('id' in reading) id = reading.id;
	else {
		const record = await findByExternalId(this, schema, reading.externalId);
		if (!record) {
			failItem(this, `No ${labelOf(schema)} record with the external ID "${reading.externalId}" exists in ActiveCampaign`, 'Check the external ID, or pick the record from the list.');
		}
		id = String(record.id);
	}
	rememberResolvedId(this, RECORD_PARAMETER, id);
	requestOptions.url = `${recordsPath(String(schema.id))}/${encodeURIComponent(id)}`;
	return requestOptions;
};

/** Reads the schema picker and keeps the schema for the receive steps; returns it. */
export async function keepSchema(context: IExecuteSingleFunctions): Promise<IDataObject> {
	const schema = await schemaOf(context, context.getNodeParameter(SCHEMA_PARAMETER, ''));
	itemState(context).customObjectSchema = schema;
	rememberResolvedId(context, SCHEMA_PARAMETER, String(schema.id));
	return schema;
}

/** preSend: the schema's records path as the URL. */
export const schemaRecordsUrl: PreSendAction = async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const schema = await keepSchema(this);
	requestOptions.url = recordsPath(String(schema.id));
	return requestOptions;
};

/** A record with its fields by name (`{"Plan": "Pro", "Seats": 5}`), fields unknown to the schema by their ID. */
export function recordWithFieldNames(record: IDataObject, schema: IDataObject | undefined): IDataObject {
	const definitions = schema && Array.isArray(schema.fields) ? (schema.fields as IDataObject[]) : [];
	const fields: IDataObject = {};
	for (const entry of Array.isArray(record.fields) ? (record.fields as IDataObject[]) : []) {
		const definition = definitions.find((field) => String(field.id) === String(entry.id));
		const name = definition ? labelOf(definition) : String(entry.id);
		fields[name in fields ? String(entry.id) : name] = entry.value;
	}
	const rest = Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'fields'));
	return { ...rest, ...(schema ? { schema: labelOf(schema) } : {}), fields };
}

/** Simplify (on by default): each record with its fields by name; off leaves the API's answer as it is. */
export const fieldsByName: PostReceiveFunction = async function (this, items) {
	if (!(this.getNodeParameter('simplify', true) as boolean)) return items;
	const schema = schemaOfItem(this);
	return items.map((item) => ({ ...item, json: recordWithFieldNames(item.json, schema) }));
};

/** The schema a load-options call is for: the picker's current value. */
async function currentSchema(context: ILoadOptionsFunctions): Promise<IDataObject> {
	return await schemaOf(context, context.getCurrentNodeParameter(SCHEMA_PARAMETER));
}

/** listSearch: the records of the chosen schema, by external ID (or ID), filtered by the text typed. */
export async function searchCustomObjectRecords(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const schema = await currentSchema(this);
	const offset = Number(paginationToken ?? 0) || 0;
	const page = await apiRequest.call(this, 'GET', recordsPath(String(schema.id)), undefined, { limit: PAGE_SIZE, offset });
	const records = Array.isArray(page.records) ? (page.records as IDataObject[]) : [];
	const labelled = records.map((record) => ({ name: recordLabelOfSchema(record, schema), value: String(record.id) }));
	const wanted = (filter ?? '').trim().toLowerCase();
	return {
		results: wanted ? labelled.filter((entry) => entry.name.toLowerCase().includes(wanted) || entry.value.toLowerCase() === wanted) : labelled,
		paginationToken: records.length === PAGE_SIZE ? String(offset + PAGE_SIZE) : undefined,
	};
}

/** loadOptions: the chosen schema's fields, by label. */
export async function getCustomObjectFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const schema = await currentSchema(this);
	return liveFields(schema)
		.map((field) => ({ name: labelOf(field), value: String(field.id), description: `${String(field.type ?? 'text')}${field.required ? ', required' : ''}` }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** loadOptions: the chosen schema's relationships (contacts, accounts, deals...), by label. */
export async function getCustomObjectRelationships(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const schema = await currentSchema(this);
	const relationships = Array.isArray(schema.relationships) ? (schema.relationships as IDataObject[]) : [];
	return relationships
		.map((relationship) => ({ name: labelOf(relationship), value: String(relationship.id), description: String(relationship.namespace ?? '') }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
