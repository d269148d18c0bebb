import type { IDataObject } from 'n8n-workflow';
import { toCents } from '../ActiveCampaign/shared/money';

/**
 * ActiveCampaign posts `application/x-www-form-urlencoded` bodies with PHP-style keys
 * (`contact[email]`, `contact[fields][12]`, `updated_fields[0]`). n8n's webhook server parses them with
 * Node's `querystring.parse`, so the node sees flat keys, and repeated keys as arrays. A different body
 * parser may hand over nested objects instead, or a raw string. All three shapes end up as one nested tree.
 */

export type Tree = { [key: string]: TreeValue };
export type TreeValue = string | TreeValue[] | Tree;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_KEYS = 5000;
const MAX_DEPTH = 8;
/** A primitive and an object met at the same key: the primitive is kept here. */
const SELF = '_value';

export class PayloadError extends Error {}

function isTree(value: unknown): value is Tree {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `contact[fields][12]` → ['contact', 'fields', '12']; `list[][id]` → ['list', '', 'id']. */
export function splitKey(key: string): string[] {
	const open = key.indexOf('[');
	if (open <= 0) return [key];
	const segments = [key.slice(0, open)];
	const rest = key.slice(open);
	const pattern = /\[([^[\]]*)\]/g;
	let consumed = 0;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(rest)) !== null) {
		if (match.index !== consumed) break;
		segments.push(match[1]);
		consumed = pattern.lastIndex;
	}
	// Anything that does not follow the bracket grammar stays part of the last segment, as PHP does.
	if (consumed < rest.length) segments[segments.length - 1] += rest.slice(consumed);
	return segments.slice(0, MAX_DEPTH);
}

function scalar(value: unknown): TreeValue {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return toTreeValue(value, 0);
}

function toTreeValue(value: unknown, depth: number): TreeValue {
	if (depth > MAX_DEPTH) return '';
	if (Array.isArray(value)) return value.map((entry) => toTreeValue(entry, depth + 1));
	if (isTree(value)) {
		const out: Tree = {};
		for (const [key, entry] of Object.entries(value)) {
			if (FORBIDDEN_KEYS.has(key)) continue;
			out[key] = toTreeValue(entry, depth + 1);
		}
		return out;
	}
	return scalar(value) as string;
}

function assign(tree: Tree, segments: string[], value: TreeValue): void {
	let node: Tree = tree;
	for (let index = 0; index < segments.length; index++) {
		const segment = segments[index];
		if (FORBIDDEN_KEYS.has(segment)) return;
		const last = index === segments.length - 1;
		if (segment === '') {
			// `key[]` (append): keep an array of appended values under the '' key.
			const list = (Array.isArray(node['']) ? node[''] : (node[''] = [])) as TreeValue[];
			if (last) {
				if (Array.isArray(value)) list.push(...value);
				else list.push(value);
				return;
			}
			const rest = segments.slice(index + 1);
			const values = Array.isArray(value) ? value : [value];
			for (const entry of values) {
				// `list[][id]=1&list[][id]=2`: each value starts a new element unless the last one lacks the key.
				let element = list[list.length - 1];
				if (!isTree(element) || rest[0] in element) {
					element = {};
					list.push(element);
				}
				assign(element, rest, entry);
			}
			return;
		}
		if (last) {
			const existing = node[segment];
			if (isTree(existing) && !isTree(value)) existing[SELF] = value;
			else if (isTree(existing) && isTree(value)) Object.assign(existing, value);
			else node[segment] = value;
			return;
		}
		let next = node[segment];
		if (!isTree(next)) {
			const primitive = next;
			next = {};
			if (typeof primitive === 'string') next[SELF] = primitive;
			else if (Array.isArray(primitive)) primitive.forEach((entry, i) => ((next as Tree)[String(i)] = entry));
			node[segment] = next;
		}
		node = next;
	}
}

/** Decodes a raw form string without Node's querystring module (not allowed in published nodes). */
export function parseFormString(body: string): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const [key, value] of new URLSearchParams(body)) {
		const existing = out[key];
		if (existing === undefined) out[key] = value;
		else if (Array.isArray(existing)) existing.push(value);
		else out[key] = [existing, value];
	}
	return out;
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

/** Any accepted body shape → one nested tree. Throws PayloadError when there is nothing usable. */
export function unflatten(body: unknown): Tree {
	let source: unknown = body;
	if (typeof source === 'string') {
		const text = source.trim();
		if (text.startsWith('{')) {
			source = parseJson(text);
			if (source === undefined) throw new PayloadError('The body looks like JSON but cannot be parsed');
		} else {
			source = parseFormString(text);
		}
	}
	if (!isTree(source)) throw new PayloadError('The body is not a form or an object');
	const entries = Object.entries(source);
	if (entries.length > MAX_KEYS) throw new PayloadError(`The body has more than ${MAX_KEYS} fields`);
	const tree: Tree = {};
	for (const [key, raw] of entries) {
		// A repeated flat key (querystring turns `a=1&a=2` into an array) keeps the array as its value.
		assign(tree, splitKey(key), toTreeValue(raw, 0));
	}
	return tree;
}

// ---------------------------------------------------------------------------------------------------------
// Normalisation: nested tree → the item users map.

const RENAMES: Record<string, string> = {
	contactid: 'contactId',
	orgid: 'orgId',
	orgname: 'orgName',
	pipelineid: 'pipelineId',
	stageid: 'stageId',
	userid: 'userId',
	listid: 'listId',
	fulladdress: 'fullAddress',
	owner_firstname: 'ownerFirstName',
	owner_lastname: 'ownerLastName',
	contact_firstname: 'contactFirstName',
	contact_lastname: 'contactLastName',
	account_id: 'accountId',
	customer_acct_name: 'customerAccountName',
	customer_acct_id: 'customerAccountId',
	customer_account_id: 'customerAccountId',
	'User-Agent': 'userAgent',
};

/** Date keys (without their `_iso` twin) and the names they get. */
const DATE_NAMES: Record<string, string> = {
	create_date: 'createdAt',
	created_date: 'createdAt',
	created_timestamp: 'createdAt',
	updated_timestamp: 'updatedAt',
	cdate: 'createdAt',
	udate: 'updatedAt',
	mdate: 'modifiedAt',
	sdate: 'subscribedAt',
	duedate: 'dueAt',
	dueDate: 'dueAt',
	edate: 'endAt',
	donedate: 'doneAt',
	date: 'date',
};

const NUMBER_KEYS = new Set(['status', 'count', 'recipients', 'percent', 'score', 'value_raw']);
const BOOLEAN_KEYS = new Set(['successful']);

export function camelCase(key: string): string {
	if (RENAMES[key]) return RENAMES[key];
	return key.replace(/[_-]+([a-zA-Z0-9])/g, (_, char: string) => char.toUpperCase());
}

export function toNumber(value: unknown): number | null {
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value !== 'string') return null;
	const cleaned = value.replace(/,/g, '').trim();
	if (cleaned === '' || !/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
	return Number(cleaned);
}

/** `+hh:mm` offset of an ISO date with an offset, in minutes; undefined when it has none. */
export function offsetMinutes(iso: string | undefined): number | undefined {
	const match = /([+-])(\d{2}):?(\d{2})$/.exec(iso ?? '');
	if (!match) return /Z$/i.test(iso ?? '') ? 0 : undefined;
	const minutes = Number(match[2]) * 60 + Number(match[3]);
	return match[1] === '-' ? -minutes : minutes;
}

/**
 * An ISO 8601 (UTC) string from what ActiveCampaign sends: ISO with an offset, or `YYYY-MM-DD HH:MM:SS` in the
 * account's time zone (whose offset the envelope's `date_time` shows). Unreadable values are returned as given.
 */
export function toIsoDate(value: unknown, accountOffset?: number): string | null {
	if (typeof value !== 'string' || value.trim() === '') return null;
	const text = value.trim();
	if (/^0000-00-00/.test(text)) return null;
	const local = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
	if (local) {
		const [, y, mo, d, h = '0', mi = '0', s = '0'] = local;
		const utc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) - (accountOffset ?? 0) * 60_000;
		return Number.isFinite(utc) ? new Date(utc).toISOString() : text;
	}
	const parsed = Date.parse(text);
	return Number.isFinite(parsed) ? new Date(parsed).toISOString() : text;
}

function text(value: TreeValue | undefined): string {
	if (value === undefined) return '';
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return value.map(text).join(',');
	return typeof value[SELF] === 'string' ? (value[SELF] as string) : '';
}

/** Multi-value custom fields arrive as `||Option 1||Option 3||`. */
function fieldValue(value: TreeValue): unknown {
	if (typeof value !== 'string') return plain(value);
	if (/^\|\|.*\|\|$/.test(value)) return value.split('||').filter((part) => part !== '');
	return value;
}

function plain(value: TreeValue): unknown {
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return value.map(plain);
	const out: IDataObject = {};
	for (const [key, entry] of Object.entries(value)) out[key === '' ? 'items' : key] = plain(entry) as IDataObject;
	return out;
}

function fieldsObject(value: TreeValue | undefined): IDataObject {
	const out: IDataObject = {};
	if (value === undefined) return out;
	if (Array.isArray(value)) {
		value.forEach((entry, index) => (out[String(index)] = fieldValue(entry) as IDataObject));
		return out;
	}
	if (!isTree(value)) return out;
	for (const [key, entry] of Object.entries(value)) {
		if (key === SELF) continue;
		out[key] = fieldValue(entry) as IDataObject;
	}
	return out;
}

/** A block (`deal[...]`, `task[...]`) → camelCase keys, typed numbers and ISO dates. */
export function normalizeBlock(block: TreeValue | undefined, accountOffset?: number): IDataObject {
	const out: IDataObject = {};
	if (block === undefined) return out;
	if (!isTree(block)) {
		const value = text(block);
		return value === '' ? out : { value };
	}
	for (const [key, value] of Object.entries(block)) {
		if (key === SELF) {
			out.value = text(value);
			continue;
		}
		if (key === 'fields') {
			out.fields = fieldsObject(value);
			continue;
		}
		if (key.endsWith('_iso')) {
			const base = key.slice(0, -4);
			out[DATE_NAMES[base] ?? camelCase(base) + 'At'] = toIsoDate(text(value), accountOffset);
			continue;
		}
		if (DATE_NAMES[key] && key !== 'date') {
			const name = DATE_NAMES[key];
			if (`${key}_iso` in block || (key === 'dueDate' && 'duedate_iso' in block)) continue;
			out[name] = toIsoDate(text(value), accountOffset);
			continue;
		}
		if (NUMBER_KEYS.has(key)) {
			out[camelCase(key)] = toNumber(text(value)) ?? (text(value) === '' ? null : text(value));
			continue;
		}
		if (BOOLEAN_KEYS.has(key)) {
			const raw = text(value).toLowerCase();
			out[camelCase(key)] = raw === '' ? null : raw === '1' || raw === 'true' || raw === 'yes';
			continue;
		}
		out[camelCase(key)] = isTree(value) ? normalizeBlock(value, accountOffset) : (plain(value) as IDataObject);
	}
	return out;
}

export const DEAL_STATUS_LABELS: Record<number, string> = { 0: 'open', 1: 'won', 2: 'lost' };

function normalizeContact(block: TreeValue, accountOffset?: number): IDataObject {
	const contact = normalizeBlock(block, accountOffset);
	const tags = isTree(block) ? block.tags : undefined;
	const tagList = Array.isArray(tags) ? tags.map(text) : text(tags).split(',');
	contact.tags = tagList.map((tag) => tag.trim()).filter((tag) => tag !== '');
	if (!('fields' in contact)) contact.fields = {};
	return contact;
}

function normalizeDeal(block: TreeValue, accountOffset?: number): IDataObject {
	const deal = normalizeBlock(block, accountOffset);
	const tree = isTree(block) ? block : {};
	// The webhook's deal[value] is an amount with 2 decimals (not cents like the REST API); value_raw is whole units.
	// All three nodes use the REST API's convention (README, "Money"): value in cents, valueAmount in currency units.
	const amount = toNumber(text(tree.value)) ?? toNumber(text(tree.value_raw));
	deal.value = amount === null ? null : String(toCents(amount));
	deal.valueAmount = amount;
	delete deal.valueRaw;
	if (typeof deal.status === 'number') deal.statusLabel = DEAL_STATUS_LABELS[deal.status] ?? null;
	if ('owner' in deal) {
		deal.ownerId = deal.owner;
		delete deal.owner;
	}
	return deal;
}

function normalizeList(value: TreeValue | undefined, accountOffset?: number): IDataObject | null {
	if (value === undefined) return null;
	if (!isTree(value)) {
		const id = text(value);
		return id === '' || id === '0' ? null : { id };
	}
	const details = normalizeBlock(value, accountOffset);
	delete details['']; // `list[][id]` entries become item.lists
	const id = String(details.id ?? details.value ?? '');
	delete details.value;
	if (id === '' || id === '0') return Object.keys(details).length > 0 ? details : null;
	return { ...details, id };
}

function updatedFields(value: TreeValue | undefined): string[] | undefined {
	if (value === undefined) return undefined;
	if (typeof value === 'string') return value === '' ? [] : value.split(',').map((part) => part.trim());
	const entries = Array.isArray(value)
		? value
		: Object.entries(value)
				.filter(([key]) => key !== SELF)
				.sort(([a], [b]) => Number(a) - Number(b))
				.map(([, entry]) => entry);
	return entries.flatMap((entry) => (Array.isArray(entry) ? entry.map(text) : [text(entry)])).filter(Boolean);
}

/** Top-level keys that become part of the envelope, not blocks. */
const ENVELOPE_KEYS = new Set(['type', 'date_time', 'initiated_from', 'initiated_by', 'list', 'updated_fields']);

export interface ParsedEvent {
	item: IDataObject;
	tree: Tree;
}

/** The item for one webhook call. Throws PayloadError when the body is not an ActiveCampaign event. */
export function parseEvent(body: unknown): ParsedEvent {
	const tree = unflatten(body);
	const event = text(tree.type).trim();
	if (event === '') throw new PayloadError('The body has no "type" field, so it is not an ActiveCampaign webhook event');
	return { item: itemFromTree(tree, event), tree };
}

/** A top-level value of the tree as text ('' when absent). */
export function treeText(tree: Tree, key: string): string {
	return text(tree[key]);
}

/** The clean nested item of a parsed body (webhook event or automation call), its event name given. */
export function itemFromTree(tree: Tree, event: string): IDataObject {
	const occurred = text(tree.date_time);
	const accountOffset = offsetMinutes(occurred);
	const item: IDataObject = {
		event,
		source: text(tree.initiated_from) || null,
		initiatedBy: text(tree.initiated_by) || null,
		occurredAt: toIsoDate(occurred, accountOffset),
		list: normalizeList(tree.list, accountOffset),
	};
	if (isTree(tree.list) && Array.isArray(tree.list[''])) {
		item.lists = tree.list[''].map((entry) => normalizeBlock(entry, accountOffset));
	}
	const fields = updatedFields(tree.updated_fields);
	if (fields !== undefined || event === 'deal_update') item.updatedFields = fields ?? [];

	for (const [key, value] of Object.entries(tree)) {
		if (ENVELOPE_KEYS.has(key)) continue;
		if (key === 'contact') item.contact = normalizeContact(value, accountOffset);
		else if (key === 'deal') item.deal = normalizeDeal(value, accountOffset);
		else if ((key === 'tag' || key === 'note') && !isTree(value)) {
			// Contact tag events send the tag name; contact notes send the note text.
			item[key] = key === 'tag' ? { name: text(value) } : { text: text(value) };
		} else if (key === 'result' || key === 'message') {
			// `reply` sends these at the top level.
			item.reply = { ...((item.reply as IDataObject) ?? {}), [key]: text(value) };
		} else if (isTree(value)) item[camelCase(key)] = normalizeBlock(value, accountOffset);
		else item[camelCase(key)] = plain(value) as IDataObject;
	}
	return item;
}
