import type { IDataObject, IExecuteSingleFunctions, INodeParameterResourceLocator } from 'n8n-workflow';

import { failItem } from '../errors/failItem';
import { resolveRecordId } from './resolve';
import type { PostReceiveFunction } from '../output';
import { RECORD_KINDS, type RecordKind } from '../records/kinds';
import { apiRequestAllItems } from '../transport/request';

/** Helpers shared by the part-2 resources (deals, tasks, notes, automations, e-commerce...). */

/** The text of a locator (or of a plain value an expression produced); '' when nothing was given. */
export function locatorText(raw: unknown): { mode: string; value: string } {
	if (raw === undefined || raw === null) return { mode: 'auto', value: '' };
	if (typeof raw === 'object') {
		const locator = raw as INodeParameterResourceLocator;
		return { mode: String(locator.mode ?? 'auto'), value: String(locator.value ?? '').trim() };
	}
	return { mode: 'auto', value: String(raw).trim() };
}

export function parameterGiven(context: IExecuteSingleFunctions, parameterName: string): boolean {
	return locatorText(context.getNodeParameter(parameterName, '')).value !== '';
}

/** Like resolveRecordId, but an empty locator gives undefined instead of an error. */
export async function optionalRecordId(
	context: IExecuteSingleFunctions,
	parameterName: string,
	kind: RecordKind,
): Promise<string | undefined> {
	if (!parameterGiven(context, parameterName)) return undefined;
	return await resolveRecordId(context, parameterName, kind);
}

function fullName(user: IDataObject): string {
	return [user.firstName, user.lastName].filter(Boolean).join(' ').trim().toLowerCase();
}

/** A user (deal owner, task assignee) by ID, username, email or full name. */
export async function optionalUserId(context: IExecuteSingleFunctions, parameterName: string): Promise<string | undefined> {
	const { mode, value } = locatorText(context.getNodeParameter(parameterName, ''));
	if (!value) return undefined;
	if (mode !== 'name' && /^\d+$/.test(value)) return value;
	if (mode === 'id') failItem(context, `"${value}" is not a valid user ID`, 'A user ID is a number. Pick the user from the list instead.');
	const wanted = value.toLowerCase();
	const users = await apiRequestAllItems.call(context, '/users', 'users');
	const user = users.find(
		(candidate) =>
			String(candidate.username ?? '').toLowerCase() === wanted ||
			String(candidate.email ?? '').toLowerCase() === wanted ||
			fullName(candidate) === wanted,
	);
	if (!user) {
		failItem(
			context,
			`No user named "${value}" exists in ActiveCampaign`,
			"Give the user's username, email or full name, or pick the user from the list.",
		);
	}
	return String(user.id);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Stops an item with a clear message when a required email is missing or not an email address. */
export function checkEmail(context: IExecuteSingleFunctions, value: unknown, fieldName: string): string {
	const email = String(value ?? '').trim();
	if (!email) failItem(context, `The field "${fieldName}" is required`, 'Give an email address.');
	if (!EMAIL.test(email)) failItem(context, `"${email}" in the field "${fieldName}" is not a valid email address`, 'Use an address like jane@example.com.');
	return email;
}

/** Records in a postReceive output: the item itself when simplified, or the `rootProperty` record(s) of a raw body. */
function recordsOf(json: IDataObject, rootProperty: string): IDataObject[] {
	const inside = json[rootProperty];
	if (Array.isArray(inside)) return inside.filter((entry) => typeof entry === 'object' && entry !== null) as IDataObject[];
	if (inside && typeof inside === 'object') return [inside as IDataObject];
	return [json];
}

/** A postReceive that adds computed fields to each record (after unwrapRecord/unwrapList, with or without Simplify). */
export function enrichRecords(rootProperty: string, enrich: (record: IDataObject) => void): PostReceiveFunction {
	return async function (items) {
		for (const item of items) for (const record of recordsOf(item.json, rootProperty)) enrich(record);
		return items;
	};
}

/** Notes and tasks hang on a record given by "Attach To" (contact, deal, account) and the matching locator. */
export const RELATION_TYPES: Record<string, { reltype: string; ownerType: string; kind: RecordKind }> = {
	contact: { reltype: 'Subscriber', ownerType: 'contact', kind: RECORD_KINDS.contact },
	deal: { reltype: 'Deal', ownerType: 'deal', kind: RECORD_KINDS.deal },
	account: { reltype: 'CustomerAccount', ownerType: 'account', kind: RECORD_KINDS.account },
};

