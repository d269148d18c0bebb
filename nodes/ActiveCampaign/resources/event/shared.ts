import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodeProperties } from 'n8n-workflow';

import { describeValue, failItem } from '../../shared/errors/failItem';
import { locatorText } from '../../shared/locators/read';
import { oncePerRun } from '../../shared/memo/runMemo';
import { apiRequest, apiRequestAllItems, PAGE_SIZE, type ApiContext } from '../../shared/transport/request';

/** ActiveCampaign's event names have no ID: the name is the record. */
export const EVENTS_PATH = '/eventTrackingEvents';
export const EVENTS_ROOT = 'eventTrackingEvents';

/** An event name picker: from the account's events, or typed (or from an expression). */
export function eventNameLocator(name: string, description: string): INodeProperties {
	return {
		displayName: 'Event',
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchEvents', searchable: true } },
			{ displayName: 'By Name', name: 'name', type: 'string', placeholder: 'e.g. purchased_plan' },
		],
	};
}

/** A text field's value; a list or an object (from an expression) fails the item naming the field. */
export function textValue(context: ApiContext, raw: unknown, fieldName: string): string {
	if (raw !== null && typeof raw === 'object') {
		failItem(context, `The field "${fieldName}" must be text, got ${describeValue(raw)}`, 'Give text, or an expression that gives text.');
	}
	return raw === undefined || raw === null ? '' : String(raw);
}

/** The event name a picker holds, trimmed; an empty one fails the item naming the field. */
export function readEventName(context: ApiContext, raw: unknown): string {
	const inner = raw !== null && typeof raw === 'object' && !Array.isArray(raw) && '__rl' in raw ? (raw as { value?: unknown }).value : raw;
	textValue(context, inner, 'Event');
	const { value } = locatorText(raw);
	if (!value) failItem(context, 'The field "Event" is required', 'Pick an event from the list, or type its name.');
	return value;
}

/** The account's event names, every page. */
async function allEventNames(context: ApiContext): Promise<string[]> {
	const records = await apiRequestAllItems.call(context, EVENTS_PATH, EVENTS_ROOT);
	return records.map((record) => String(record.name ?? '')).filter(Boolean);
}

/** The account's event of that name as ActiveCampaign spells it (case and surrounding spaces ignored), or undefined. */
export async function findEventName(context: ApiContext, name: string): Promise<string | undefined> {
	const wanted = name.trim().toLowerCase();
	return await oncePerRun(context, `event-by-name:${wanted}`, async () =>
		(await allEventNames(context)).find((candidate) => candidate.trim().toLowerCase() === wanted),
	);
}

/** listSearch `searchEvents`: the account's event names, filtered by the text typed. */
export async function searchEvents(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken ?? 0) || 0;
	const page = await apiRequest.call(this, 'GET', EVENTS_PATH, undefined, { limit: PAGE_SIZE, offset });
	const records = (page[EVENTS_ROOT] as IDataObject[] | undefined) ?? [];
	const names = records.map((record) => String(record.name ?? '')).filter(Boolean);
	const matching = filter ? names.filter((name) => name.toLowerCase().includes(filter.toLowerCase())) : names;
	return {
		results: matching.map((name) => ({ name, value: name })),
		paginationToken: records.length === PAGE_SIZE ? String(offset + PAGE_SIZE) : undefined,
	};
}
