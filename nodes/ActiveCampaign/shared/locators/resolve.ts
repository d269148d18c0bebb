import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeParameterResourceLocator,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';

import { failItem } from '../errors/failItem';
import { rememberResolvedId } from '../memo/itemState';
import { recordLabel, type RecordKind } from '../records/kinds';
import { setBodyPath } from '../routing/body';
import { oncePerRun } from '../memo/runMemo';
import { apiRequest, apiRequestAllItems, PAGE_SIZE, type ApiContext } from '../transport/request';

const NUMERIC_ID = '^\\s*\\d+\\s*$';

export interface LocatorOptions {
	name: string;
	displayName: string;
	kind: RecordKind;
	searchListMethod: string;
	description?: string;
	required?: boolean;
	/** `email` for contacts; `name` lets an expression give a record's name. */
	byText?: 'email' | 'name';
}

/** A record picker: from a searchable list, by ID, or by email/name (also from an expression). */
export function recordLocator(options: LocatorOptions): INodeProperties {
	const label = options.kind.label;
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 12',
				validation: [
					{ type: 'regex', properties: { regex: NUMERIC_ID, errorMessage: `Not a valid ${label} ID (a number)` } },
				],
			},
			...(options.byText === 'email'
				? [{ displayName: 'By Email', name: 'email', type: 'string' as const, placeholder: 'e.g. jane@example.com' }]
				: []),
			...(options.byText === 'name'
				? [{ displayName: 'By Name', name: 'name', type: 'string' as const, placeholder: `e.g. the ${label}'s name` }]
				: []),
		],
	};
}

export async function findContactIdByEmail(context: ApiContext, email: string): Promise<string | undefined> {
	return await oncePerRun(context, `contact-by-email:${email.trim().toLowerCase()}`, async () => {
		const page = await apiRequest.call(context, 'GET', '/contacts', undefined, { email, limit: 1 });
		const contacts = (page.contacts as IDataObject[] | undefined) ?? [];
		return contacts.length > 0 ? String(contacts[0].id) : undefined;
	});
}

/** The record whose name matches exactly (case-insensitive), searching all pages. */
export async function findRecordByName(
	context: ApiContext,
	kind: RecordKind,
	name: string,
): Promise<IDataObject | undefined> {
	const wanted = name.trim().toLowerCase();
	return await oncePerRun(context, `${kind.path}-by-name:${wanted}`, async () => {
		const query = kind.searchQuery ? kind.searchQuery(name.trim()) : {};
		const records = await apiRequestAllItems.call(context, kind.path, kind.rootProperty, query);
		return records.find((record) => String(record[kind.nameField] ?? '').trim().toLowerCase() === wanted);
	});
}

/** Reads a locator (or a plain value an expression produced) and returns the record's ID. */
export async function resolveRecordId(
	context: IExecuteSingleFunctions,
	parameterName: string,
	kind: RecordKind,
): Promise<string> {
	const raw = context.getNodeParameter(parameterName, '') as INodeParameterResourceLocator | string | number;
	const locator: INodeParameterResourceLocator =
		typeof raw === 'object' && raw !== null ? raw : { __rl: true, mode: 'auto', value: String(raw) };
	const value = String(locator.value ?? '').trim();
	if (!value) failItem(context, `The ${kind.label} is required`, `Pick the ${kind.label} from the list, or give its ID.`);
	const typedText = locator.mode === 'name' || locator.mode === 'email';
	if (!typedText && /^\d+$/.test(value)) return value;
	if (locator.mode === 'id') {
		failItem(context, `"${value}" is not a valid ${kind.label} ID`, `A ${kind.label} ID is a number. Pick the ${kind.label} from the list, or switch the field to another mode (e.g. By Name).`);
	}
	if (kind.nameField === 'email') {
		const id = await findContactIdByEmail(context, value);
		if (!id) failItem(context, `No contact with the email "${value}" exists in ActiveCampaign`, 'Check the email, or create the contact first (Contact > Create or Update).');
		return id;
	}
	const record = await findRecordByName(context, kind, value);
	if (!record) failItem(context, `No ${kind.label} named "${value}" exists in ActiveCampaign`, `Check the spelling, or pick the ${kind.label} from the list.`);
	return String(record.id);
}

export interface IdPlacement {
	parameter: string;
	kind: RecordKind;
	/** Where the ID goes: `{parameter}` in the URL template, or a dot path in the body (e.g. `contactTag.tag`). */
	bodyPath?: string;
}

/** A preSend that turns locators into IDs: into `{parameter}` placeholders of `urlTemplate` and into the body. */
export function resolveIds(placements: IdPlacement[], urlTemplate?: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		let url = urlTemplate ?? requestOptions.url;
		for (const placement of placements) {
			const id = await resolveRecordId(this, placement.parameter, placement.kind);
			rememberResolvedId(this, placement.parameter, id);
			url = url.replace(`{${placement.parameter}}`, id);
			if (placement.bodyPath) setBodyPath(requestOptions, placement.bodyPath, id);
		}
		requestOptions.url = url;
		return requestOptions;
	};
}

/** listSearch for a record kind: searchable, paged by offset. */
export function searchRecords(kind: RecordKind) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const offset = Number(paginationToken ?? 0) || 0;
		const query = filter && kind.searchQuery ? kind.searchQuery(filter) : {};
		const page = await apiRequest.call(this, 'GET', kind.path, undefined, { ...query, limit: PAGE_SIZE, offset });
		const records = (page[kind.rootProperty] as IDataObject[] | undefined) ?? [];
		const matches = filter
			? records.filter((record) =>
					(kind.displayName ? kind.displayName(record) : String(record[kind.nameField] ?? ''))
						.toLowerCase()
						.includes(filter.toLowerCase()),
				)
			: records;
		return {
			results: matches.map((record) => ({
				name: recordLabel(kind, record),
				value: String(record.id),
			})),
			paginationToken: records.length === PAGE_SIZE ? String(offset + PAGE_SIZE) : undefined,
		};
	};
}
