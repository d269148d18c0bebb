import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeParameterResourceLocator,
	PreSendAction,
} from 'n8n-workflow';

import { failItem } from '../errors/failItem';
import { rememberResolvedId } from '../memo/itemState';
import { oncePerRun } from '../memo/runMemo';
import { recordNamed, type RecordKind } from '../records/kinds';
import { setBodyPath } from '../routing/body';
import { apiRequest, apiRequestAllItems, type ApiContext } from '../transport/request';

/**
 * The one reading of "ID or name" (README, "Picking records"): a value typed By Name or By Email is a name; a
 * number in any other mode (From List, By ID, an expression) is an ID; By ID with anything but a number is an
 * error; other text is a name. Empty (or only spaces) is nothing.
 */
export type LocatorReading = { empty: true } | { empty: false; id: string } | { empty: false; name: string };

/** The mode and trimmed text of a locator, or of a plain value an expression produced. */
export function locatorText(raw: unknown): { mode: string; value: string } {
	if (raw === undefined || raw === null) return { mode: 'auto', value: '' };
	if (typeof raw === 'object') {
		const locator = raw as INodeParameterResourceLocator;
		return { mode: String(locator.mode ?? 'auto'), value: String(locator.value ?? '').trim() };
	}
	return { mode: 'auto', value: String(raw).trim() };
}

export function readLocator(context: ApiContext, raw: unknown, kind: RecordKind): LocatorReading {
	const { mode, value } = locatorText(raw);
	if (!value) return { empty: true };
	const typedText = mode === 'name' || mode === 'email';
	if (!typedText && /^\d+$/.test(value)) return { empty: false, id: value };
	if (mode === 'id') {
		failItem(
			context,
			`"${value}" is not a valid ${kind.label} ID`,
			`A ${kind.label} ID is a number. Pick the ${kind.label} from the list, or switch the field to another mode (e.g. By Name).`,
		);
	}
	return { empty: false, name: value };
}

export function parameterGiven(context: IExecuteSingleFunctions, parameterName: string): boolean {
	return locatorText(context.getNodeParameter(parameterName, '')).value !== '';
}

export async function findContactIdByEmail(context: ApiContext, email: string): Promise<string | undefined> {
	return await oncePerRun(context, `contact-by-email:${email.trim().toLowerCase()}`, async () => {
		const page = await apiRequest.call(context, 'GET', '/contacts', undefined, { email, limit: 1 });
		const contacts = (page.contacts as IDataObject[] | undefined) ?? [];
		const contact = contacts.find((candidate) => String(candidate.email ?? '').trim().toLowerCase() === email.trim().toLowerCase());
		return contact ? String(contact.id) : undefined;
	});
}

/** The record whose name matches exactly (case-insensitive), searching all pages. */
export async function findRecordByName(context: ApiContext, kind: RecordKind, name: string): Promise<IDataObject | undefined> {
	const wanted = name.trim().toLowerCase();
	return await oncePerRun(context, `${kind.path}-by-name:${wanted}`, async () => {
		const query = kind.searchQuery ? kind.searchQuery(name.trim()) : {};
		const records = await apiRequestAllItems.call(context, kind.path, kind.rootProperty, query);
		return records.find((record) => recordNamed(kind, record, wanted));
	});
}

/** The ID of the record a reading names; fails the item when no record has that name. */
export async function idOfReading(context: ApiContext, reading: { id: string } | { name: string }, kind: RecordKind): Promise<string> {
	if ('id' in reading) return reading.id;
	if (kind.nameField === 'email') {
		const id = await findContactIdByEmail(context, reading.name);
		if (!id) failItem(context, `No contact with the email "${reading.name}" exists in ActiveCampaign`, 'Check the email, or create the contact first (Contact > Create or Update).');
		return id;
	}
	const record = await findRecordByName(context, kind, reading.name);
	if (!record) failItem(context, `No ${kind.label} named "${reading.name}" exists in ActiveCampaign`, `Check the spelling, or pick the ${kind.label} from the list.`);
	return String(record.id);
}

/** Reads a locator parameter and returns the record's ID; an empty one fails the item. */
export async function resolveRecordId(context: IExecuteSingleFunctions, parameterName: string, kind: RecordKind): Promise<string> {
	const reading = readLocator(context, context.getNodeParameter(parameterName, ''), kind);
	if (reading.empty) failItem(context, `The ${kind.label} is required`, `Pick the ${kind.label} from the list, or give its ID.`);
	return await idOfReading(context, reading, kind);
}

/** Like resolveRecordId, but an empty locator gives undefined instead of an error. */
export async function optionalRecordId(context: IExecuteSingleFunctions, parameterName: string, kind: RecordKind): Promise<string | undefined> {
	const reading = readLocator(context, context.getNodeParameter(parameterName, ''), kind);
	return reading.empty ? undefined : await idOfReading(context, reading, kind);
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
