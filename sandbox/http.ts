/** HTTP parsing and response/error helpers shared by the server and resource handlers. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Json } from './store';

/** A handler result: status + JSON body (undefined body = empty). */
export interface Reply {
	status: number;
	body?: Json;
	headers?: Record<string, string>;
	/** Raw text body (used for the rare non-JSON answers). */
	text?: string;
}

export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly body: Json,
	) {
		super(`ActiveCampaign sandbox error ${status}`);
	}
}

export const ok = (body: Json, status = 200): Reply => ({ status, body });

/** 404 `{"message":"No Result found for <Model> with id <id>"}` (internal AC model names). */
export function notFound(model: string, id: unknown): ApiError {
	return new ApiError(404, { message: `No Result found for ${model} with id ${String(id)}` });
}

export interface ValidationIssue {
	title: string;
	code: 'duplicate' | 'field_missing' | 'field_invalid' | 'related_missing' | string;
	pointer?: string;
	detail?: string;
	extra?: Record<string, Json>;
}

/** 422 JSON:API style error list. */
export function unprocessable(...issues: ValidationIssue[]): ApiError {
	return new ApiError(422, {
		errors: issues.map((issue) => ({
			title: issue.title,
			detail: issue.detail ?? '',
			code: issue.code,
			...(issue.extra ?? {}),
			...(issue.pointer ? { source: { pointer: issue.pointer } } : {}),
		})),
	});
}

export function missing(resource: string, field: string): ApiError {
	return unprocessable({
		title: `The ${resource} ${field} was not provided.`,
		code: 'field_missing',
		pointer: `/data/attributes/${field}`,
	});
}

export function relatedMissing(field: string): ApiError {
	return unprocessable({
		title: `The related ${field} does not exist.`,
		code: 'related_missing',
		pointer: `/data/attributes/${field}`,
	});
}

export type Query = Record<string, string | string[]>;

/** Flat query map: `filters[stage]` stays a key; repeated keys (`ids[]`) become arrays. */
export function parseQuery(search: string): Query {
	const out: Query = {};
	for (const [key, value] of new URLSearchParams(search)) {
		const prev = out[key];
		if (prev === undefined) out[key] = value;
		else out[key] = Array.isArray(prev) ? [...prev, value] : [prev, value];
	}
	return out;
}

export function queryValue(query: Query, key: string): string | undefined {
	const value = query[key];
	if (value === undefined) return undefined;
	return Array.isArray(value) ? value[value.length - 1] : value;
}

export function queryValues(query: Query, key: string): string[] {
	const value = query[key] ?? query[`${key}[]`];
	if (value === undefined) return [];
	return Array.isArray(value) ? value : [value];
}

export async function readBody(req: IncomingMessage, maxBytes = 10 * 1024 * 1024): Promise<string> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req) {
		const buffer = chunk as Buffer;
		size += buffer.length;
		if (size > maxBytes) throw new ApiError(413, { message: 'Request Entity Too Large' });
		chunks.push(buffer);
	}
	return Buffer.concat(chunks).toString('utf8');
}

/** Parse a JSON (or form-encoded) request body; invalid JSON -> 400 like AC's `{}`-ish answer. */
export function parseBody(raw: string, contentType: string | undefined): Json {
	if (raw.trim() === '') return undefined;
	if (contentType?.includes('application/x-www-form-urlencoded')) return parseQuery(raw);
	try {
		return JSON.parse(raw);
	} catch {
		throw new ApiError(400, { message: 'Invalid JSON in request body' });
	}
}

export function send(res: ServerResponse, reply: Reply): void {
	if (res.headersSent || res.destroyed) return;
	const headers: Record<string, string> = { ...(reply.headers ?? {}) };
	let payload = '';
	if (reply.text !== undefined) {
		payload = reply.text;
		headers['Content-Type'] ??= 'text/plain; charset=utf-8';
	} else if (reply.body !== undefined) {
		payload = JSON.stringify(reply.body);
		headers['Content-Type'] ??= 'application/json';
	}
	headers['Content-Length'] = String(Buffer.byteLength(payload));
	res.writeHead(reply.status, headers);
	res.end(payload);
}

/** Read a value from a wrapped body: `{"contact": {...}}` -> the inner object (or {} when absent). */
export function unwrap(body: Json, key: string): Record<string, Json> {
	if (body && typeof body === 'object' && body[key] && typeof body[key] === 'object') return body[key];
	return {};
}

export function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

export function str(value: unknown, fallback = ''): string {
	if (value === undefined || value === null) return fallback;
	if (typeof value === 'boolean') return value ? '1' : '0';
	return String(value);
}
