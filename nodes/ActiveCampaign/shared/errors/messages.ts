import type { IDataObject } from 'n8n-workflow';

import type { HttpFailure } from './failures';
import { bodyAsObject, NOT_JSON, TIMED_OUT } from './failures';
import { kindOfCollection, kindOfModel } from '../records/kinds';

export interface FailedRequest {
	method: string;
	/** Path below /api/3, e.g. /contacts/12 */
	path: string;
	/** The body sent, to name the record a create refers to (`{"contactTag": {"contact": "12"}}`). */
	body?: unknown;
	/** How long an attempt may take before it is abandoned. */
	timeoutMs?: number;
}

export interface ApiErrorText {
	message: string;
	description: string;
}

const NUMERIC_ID = /^\d+$/;
/** Custom object schemas have UUIDs. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A path segment that picks a record rather than naming a collection: an ID, or `me` (the token's user). */
const ID_SEGMENT = new RegExp(`${NUMERIC_ID.source}|${UUID.source}|^me$`, 'i');
const ACTION_SEGMENTS = ['copy', 'delete'];

/** "contact 12" from "/contacts/12/contactTags", or undefined when the path names no record. */
export function recordNamedByPath(path: string): string | undefined {
	const segments = path.split('?')[0].split('/').filter(Boolean);
	for (let i = segments.length - 1; i > 0; i--) {
		// A UUID inside the path is the schema a custom object record belongs to, not the record (`.../external/x`).
		if (NUMERIC_ID.test(segments[i]) || (i === segments.length - 1 && UUID.test(segments[i]))) {
			const named = segments.slice(0, i).filter((segment) => !ID_SEGMENT.test(segment));
			return `${collectionLabel(named) || 'record'} ${segments[i]}`;
		}
	}
	return undefined;
}

/**
 * "custom field" for `/fields`; a collection no record kind knows is named in words, after what it belongs to when
 * that is no record kind either: `/customObjects/records` -> "custom object record".
 */
function collectionLabel(named: string[]): string {
	const collection = named[named.length - 1] ?? '';
	const parent = named[named.length - 2];
	const known = kindOfCollection(collection) ?? kindOfCollection(`${collection}s`);
	return known?.label ?? [parent && !kindOfCollection(parent) ? parent : '', collection].map(wordsOf).join(' ').trim();
}

/** `customObjects` -> `custom object` */
function wordsOf(segment: string): string {
	return segment
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.replace(/ies$/, 'y')
		.replace(/s$/, '');
}

function apiMessage(body: IDataObject): string | undefined {
	if (typeof body.message === 'string') return body.message;
	if (typeof body.errors === 'string') return body.errors;
	if (Array.isArray(body.errors)) {
		const texts = body.errors.map((entry) => {
			if (typeof entry === 'string') return entry;
			const error = (entry ?? {}) as IDataObject;
			return [error.title, error.detail].filter((part) => typeof part === 'string' && part).join(': ');
		});
		return texts.filter(Boolean).join('; ') || undefined;
	}
	return undefined;
}

/** `/data/attributes/email` -> `email` */
function fieldFromPointer(pointer: unknown): string | undefined {
	if (typeof pointer !== 'string' || !pointer) return undefined;
	return pointer.split('/').filter(Boolean).pop();
}

function validationText(body: IDataObject): string {
	const errors = Array.isArray(body.errors) ? (body.errors as IDataObject[]) : [];
	const parts = errors.map((entry) => {
		if (typeof entry !== 'object' || entry === null) return String(entry);
		const field = fieldFromPointer((entry.source as IDataObject | undefined)?.pointer);
		const reason = [entry.title, entry.detail].filter((part) => typeof part === 'string' && part).join(': ');
		return field ? `${reason || 'invalid value'} (field "${field}")` : reason;
	});
	return parts.filter(Boolean).join('; ') || apiMessage(body) || 'the request was not valid';
}

const VERBS: Record<string, string> = { POST: 'create', PUT: 'update', PATCH: 'update', DELETE: 'delete', GET: 'read' };

/** "Could not create the contact tag", from the request, in the user's words rather than HTTP's. */
function couldNot(request: FailedRequest): string {
	const segments = request.path.split('?')[0].split('/').filter(Boolean);
	const method = request.method.toUpperCase();
	if (segments[0] === 'contact' && segments[1] === 'sync') return 'Could not save the contact';
	// `/fieldOption/bulk`, `/accounts/bulk_delete`: the record is named before the action.
	const named = segments.filter((segment) => !ID_SEGMENT.test(segment) && !/^bulk/.test(segment));
	// `/campaigns/12/copy`: the last segment is the action, the one before it the record.
	const action = ACTION_SEGMENTS.includes(named[named.length - 1]) ? named.pop() : undefined;
	return `Could not ${action ?? VERBS[method] ?? 'change'} the ${collectionLabel(named) || 'record'}`;
}

const NOT_FOUND = /no result found|not found/i;

/** "contact 12" from "Contact not found" and a sent body `{"contactTag": {"contact": "12", ...}}`. */
function recordNamedByBody(said: string | undefined, sent: unknown): string | undefined {
	const entity = /\b(\w+) not found/i.exec(said ?? '')?.[1]?.toLowerCase();
	if (!entity || !sent || typeof sent !== 'object') return undefined;
	for (const wrapped of Object.values(sent as IDataObject)) {
		const id = wrapped && typeof wrapped === 'object' ? (wrapped as IDataObject)[entity] : undefined;
		if (typeof id === 'string' || typeof id === 'number') return `${entity} ${id}`;
	}
	return undefined;
}

/** "contact 12" from "No Result found for Subscriber with id 12". */
function recordNamedByMessage(said: string | undefined): string | undefined {
	const match = /no result found for (\w+) with id (\S+)/i.exec(said ?? '');
	if (!match) return undefined;
	return `${kindOfModel(match[1])?.label ?? match[1].replace(/^_/, '').toLowerCase()} ${match[2]}`;
}

function describeNonJson(body: unknown): string {
	const text = typeof body === 'string' ? body.trim() : '';
	if (text === '') return 'an empty answer';
	if (/^<(!doctype|html|head|body)/i.test(text)) return 'an HTML page';
	return 'text';
}

export function describeApiFailure(failure: HttpFailure, request: FailedRequest): ApiErrorText {
	const body = bodyAsObject(failure.body);
	const said = apiMessage(body);
	const record = recordNamedByPath(request.path) ?? recordNamedByMessage(said) ?? recordNamedByBody(said, request.body);
	const status = failure.status;

	if (failure.code === TIMED_OUT) {
		const seconds = Math.round((request.timeoutMs ?? 0) / 1000);
		return {
			message: `ActiveCampaign did not answer within ${seconds} seconds (${request.method} ${request.path})`,
			description:
				'The request was abandoned, so it may or may not have been carried out. ActiveCampaign may be slow or down: try again later, or allow more time under Options > Add Option > Timeout (in milliseconds).',
		};
	}
	if (failure.code === NOT_JSON) {
		return {
			message: `ActiveCampaign answered ${request.method} ${request.path} with ${describeNonJson(failure.body)} instead of JSON`,
			description:
				'The API URL in the credential may lead to a web page rather than the API: use the address from ActiveCampaign Settings > Developer, e.g. https://youraccount.api-us1.com. If it is right, ActiveCampaign had a fault: try again later.',
		};
	}
	// Some endpoints answer a missing record with 422 "No Result found for <Model> with id N" (documented for /savedResponses).
	const missingRecord = (status === 422 || status === 400) && /no result found for \w+ with id/i.test(said ?? '');
	if (status === 404 || missingRecord || (status === 403 && said && NOT_FOUND.test(said) && said !== 'Forbidden')) {
		const what = record ? `The ${record} was not found` : `Nothing was found at ${request.path}`;
		return {
			message: `${what} in ActiveCampaign`,
			description: `Check the ID (it may have been deleted). ActiveCampaign said: ${said ?? 'Not Found'}`,
		};
	}
	if (status === 422 || status === 400) {
		return {
			message: `${couldNot(request)}: ${validationText(body)}`,
			description: `ActiveCampaign rejected ${request.method} ${request.path}. Correct the value named above and run the node again.`,
		};
	}
	const specificRefusal = said && !/^(forbidden|unauthorized)$/i.test(said.trim());
	if (status === 403 && specificRefusal) {
		return {
			message: `${couldNot(request)}: ActiveCampaign refused it (${said})`,
			description: "If the reason is unclear, check that the API token's user has permission for this action.",
		};
	}
	if (status === 401 || status === 403) {
		return {
			message: 'ActiveCampaign refused access: the API token is wrong, or its user lacks permission for this action',
			description: `Check the API token in the credential (ActiveCampaign: Settings > Developer) and the user's permissions. ActiveCampaign said: ${said ?? 'Forbidden'}`,
		};
	}
	if (status === 402) {
		return {
			message: 'ActiveCampaign says the account has a billing problem (402 Payment Required)',
			description: `Settle the account's billing in ActiveCampaign, then run again. ActiveCampaign said: ${said ?? 'Payment Required'}`,
		};
	}
	if (status === 429) {
		return {
			message: 'ActiveCampaign kept answering "too many requests" (429) after several retries',
			description:
				'The account allows 5 requests per second in total; other tools using the same account may be using it up. Try again later.',
		};
	}
	if (status !== undefined && status >= 500) {
		return {
			message: `ActiveCampaign had a server error (${status})`,
			description: `The request was ${request.method} ${request.path}. ${said ?? ''}`.trim(),
		};
	}
	if (status === undefined && (failure.code === 'ECONNRESET' || failure.code === 'EPIPE' || /socket hang up/i.test(failure.message))) {
		return {
			message: `ActiveCampaign closed the connection before answering (${request.method} ${request.path})`,
			description:
				'Requests that are safe to repeat were sent again before giving up; others are never repeated, since they may have been carried out. Try again later.',
		};
	}
	if (status === undefined) {
		return {
			message: `Could not reach ActiveCampaign (${failure.code ?? failure.message})`,
			description:
				'Check the API URL in the credential (ActiveCampaign: Settings > Developer, e.g. https://youraccount.api-us1.com) and the network.',
		};
	}
	return {
		message: `ActiveCampaign answered ${status} to ${request.method} ${request.path}`,
		description: said ?? '',
	};
}
