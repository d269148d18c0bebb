import type { IDataObject } from 'n8n-workflow';

/** Codes of failures the engine itself detects (no complete answer in time; a 2xx answer that is not JSON). */
export const TIMED_OUT = 'AC_TIMED_OUT';
export const NOT_JSON = 'AC_NOT_JSON';

/** What we need to know about a failed request, read from whatever n8n or axios threw. */
export interface HttpFailure {
	status?: number;
	headers: Record<string, string>;
	body: unknown;
	/** Network error code such as ECONNRESET, when no response arrived. */
	code?: string;
	message: string;
}

interface ThrownShape {
	httpCode?: string | null;
	statusCode?: number;
	code?: string;
	message?: string;
	response?: { status?: number; headers?: Record<string, string>; data?: unknown; body?: unknown };
	context?: { data?: unknown };
	cause?: ThrownShape;
}

export function readFailure(error: unknown): HttpFailure {
	const thrown = (error ?? {}) as ThrownShape;
	const cause = thrown.cause ?? {};
	const response = cause.response ?? thrown.response;
	const httpCode = thrown.httpCode ? Number(thrown.httpCode) : undefined;
	const status = response?.status ?? thrown.statusCode ?? (Number.isFinite(httpCode) ? httpCode : undefined);
	return {
		status,
		headers: lowerCaseKeys(response?.headers ?? {}),
		body: response?.data ?? response?.body ?? thrown.context?.data,
		code: cause.code ?? thrown.code,
		message: String(cause.message ?? thrown.message ?? 'Unknown error'),
	};
}

function lowerCaseKeys(headers: Record<string, unknown>): Record<string, string> {
	const result: Record<string, string> = {};
	for (const [key, value] of Object.entries(headers)) result[key.toLowerCase()] = String(value);
	return result;
}

/** Seconds from Retry-After (delta seconds or an HTTP date), within sane bounds. */
export function retryAfterMs(failure: HttpFailure, fallbackMs: number): number {
	const raw = failure.headers['retry-after'];
	if (raw === undefined) return fallbackMs;
	const seconds = Number(raw);
	const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(raw) - Date.now();
	return Math.min(Math.max(Number.isFinite(ms) ? ms : fallbackMs, 200), 120_000);
}

const CONNECTION_ERRORS = new Set([
	'ECONNRESET',
	'ETIMEDOUT',
	'ECONNABORTED',
	'EPIPE',
	'EAI_AGAIN',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

export function isConnectionFailure(failure: HttpFailure): boolean {
	return (
		failure.status === undefined &&
		(CONNECTION_ERRORS.has(failure.code ?? '') || /socket hang up/i.test(failure.message))
	);
}

export function isServerFailure(failure: HttpFailure): boolean {
	return failure.status !== undefined && failure.status >= 500;
}

export function bodyAsObject(body: unknown): IDataObject {
	if (body && typeof body === 'object' && !Array.isArray(body)) return body as IDataObject;
	if (typeof body === 'string') {
		try {
			const parsed: unknown = JSON.parse(body);
			if (parsed && typeof parsed === 'object') return parsed as IDataObject;
		} catch {
			return { text: body.slice(0, 500) };
		}
	}
	return {};
}
