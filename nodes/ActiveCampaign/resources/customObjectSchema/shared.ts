import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, PreSendAction } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { failItem } from '../../shared/errors/failItem';
import { recordLocator } from '../../shared/locators/property';
import { findRecordByName, locatorText } from '../../shared/locators/read';
import { itemState, rememberResolvedId } from '../../shared/memo/itemState';
import { oncePerRun } from '../../shared/memo/runMemo';
import { RECORD_KINDS, recordLabel } from '../../shared/records/kinds';
import { apiRequest, apiRequestAllItems, type ApiContext } from '../../shared/transport/request';

export const SCHEMA_KIND = RECORD_KINDS.customObjectSchema;

/** Schema and record IDs are UUIDs (`6449c3f3-b68d-46d1-850b-c8aea998ce1b`), not numbers. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A By ID mode for UUIDs: any text without spaces or slashes (an ID goes into the URL). */
export const TEXT_ID_VALIDATION = (label: string) => [
	{ type: 'regex' as const, properties: { regex: '^\\s*[^\\s/?#]+\\s*$', errorMessage: `Not a valid ${label} ID` } },
];

/** A schema picker: from the list, by ID (a UUID) or by name (singular or plural label, or slug). */
export function schemaLocator(name: string, description: string): INodeProperties {
	const locator = recordLocator({ name, displayName: 'Schema', kind: SCHEMA_KIND, byText: 'name', description });
	return {
		...locator,
		modes: (locator.modes ?? []).map((mode) =>
			mode.name === 'id' ? { ...mode, placeholder: 'e.g. 6449c3f3-b68d-46d1-850b-c8aea998ce1b', validation: TEXT_ID_VALIDATION(SCHEMA_KIND.label) } : mode,
		),
	};
}

export const customObjectSchemaLocator = schemaLocator('customObjectSchema', 'The custom object schema, picked from the list, by ID, or by its name');

/** The schema picker of Get. */
export const customObjectSchemaSharedFields = [{ ...customObjectSchemaLocator, displayOptions: showFor('customObjectSchema', ['get']) }];

/**
 * The one reading of a schema picker: From List and By ID give an ID, By Name a name; a plain value (from an
 * expression) is an ID when it looks like a UUID, else a name.
 */
export function readSchema(raw: unknown): { id: string } | { name: string } | undefined {
	const { mode, value } = locatorText(raw);
	if (!value) return undefined;
	if (mode === 'name') return { name: value };
	if (mode === 'list' || mode === 'id' || UUID.test(value)) return { id: value };
	return { name: value };
}

function httpStatus(error: unknown): string | undefined {
	const code = (error as { httpCode?: unknown }).httpCode;
	return code === undefined ? undefined : String(code);
}

/** Every schema of the account (all pages), once per node run. */
export async function allSchemas(context: ApiContext): Promise<IDataObject[]> {
	return await oncePerRun(context, 'custom-object-schemas', async () => await apiRequestAllItems.call(context, SCHEMA_KIND.path, SCHEMA_KIND.rootProperty));
}

/** The whole schema (fields and relationships) a picker names; fails the item naming the schema when there is none. */
export async function schemaOf(context: ApiContext, raw: unknown): Promise<IDataObject> {
	const reading = readSchema(raw);
	if (!reading) failItem(context, 'The schema is required', 'Pick the custom object schema from the list, or give its ID or name.');
	if ('name' in reading) {
		const found = await findRecordByName(context, SCHEMA_KIND, reading.name);
		if (found) return found;
		const names = (await allSchemas(context)).map((schema) => `"${recordLabel(SCHEMA_KIND, schema)}"`).join(', ') || 'none';
		failItem(context, `No custom object schema named "${reading.name}" exists in ActiveCampaign`, `Check the spelling, or pick the schema from the list. Schemas: ${names}.`);
	}
	return await oncePerRun(context, `custom-object-schema:${reading.id}`, async () => {
		const missing = (error: unknown) => httpStatus(error) === '404' || httpStatus(error) === '400';
		const answer = await apiRequest
			.call(context, 'GET', `${SCHEMA_KIND.path}/${encodeURIComponent(reading.id)}`)
			.catch(async (error: unknown) => (missing(error) ? undefined : await Promise.reject(error)));
		const schema = answer?.schema;
		if (!schema || typeof schema !== 'object') {
			failItem(context, `No custom object schema with the ID "${reading.id}" exists in ActiveCampaign`, 'Check the ID, or pick the schema from the list.');
		}
		return schema as IDataObject;
	});
}

/** The schema this item's preSend found (for its receive steps, which may not send requests). */
export function schemaOfItem(context: object): IDataObject | undefined {
	return itemState(context).customObjectSchema as IDataObject | undefined;
}

/**
 * preSend of Schema > Get: puts the picked schema's ID into `{parameter}` of the URL (a name is looked up; an ID is
 * sent as it is, and the GET itself tells whether it exists).
 */
export function resolveSchema(parameter: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const raw = this.getNodeParameter(parameter, '');
		const reading = readSchema(raw);
		const id = reading && 'id' in reading ? reading.id : String((await schemaOf(this, raw)).id);
		rememberResolvedId(this, parameter, id);
		requestOptions.url = requestOptions.url.replace(`{${parameter}}`, encodeURIComponent(id));
		return requestOptions;
	};
}

/** The fields records can hold (those marked for deletion left out). */
export function liveFields(schema: IDataObject): IDataObject[] {
	const fields = Array.isArray(schema.fields) ? (schema.fields as IDataObject[]) : [];
	return fields.filter((field) => field && typeof field === 'object' && field.status !== 'marked_for_deletion');
}

/** What a field or relationship is called: its singular label, else its ID. */
export function labelOf(entry: IDataObject): string {
	const labels = entry.labels as IDataObject | undefined;
	return String(labels?.singular || entry.id);
}

/** The Options of Get and Get Many (each under its own parameter name). */
export function schemaOptions(name: string): INodeProperties {
	return {
		displayName: 'Options',
		name,
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Include Deleted Fields',
				name: 'showFields',
				type: 'boolean',
				default: false,
				description: 'Whether to include fields marked for deletion (they have `status: marked_for_deletion`)',
				routing: { send: { type: 'query', property: 'showFields', value: '={{ $value ? "all" : undefined }}' } },
			},
		],
	};
}
