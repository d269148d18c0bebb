import type { IDataObject, IN8nHttpFullResponse, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import { describeApiFailure, type FailedRequest } from '../errors/messages';
import {
	isConnectionFailure,
	isServerFailure,
	NOT_JSON,
	readFailure,
	retryAfterMs,
	TIMED_OUT,
	type HttpFailure,
} from '../errors/failures';
import { laneFor, type LaneAnswer } from './rateLane';

export const MAX_RATE_LIMIT_RETRIES = 6;
export const MAX_FAILURE_RETRIES = 3;
const FIRST_BACKOFF_MS = 500;
/** ActiveCampaign answers in well under a second; a minute without a whole answer means it is not coming. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** POST endpoints that set a state rather than add a record, so sending them twice is harmless. */
const REPEATABLE_POSTS = [/^\/contact\/sync$/, /^\/fieldValues$/, /^\/contactLists$/];

export function isRepeatable(request: FailedRequest): boolean {
	const method = request.method.toUpperCase();
	if (method !== 'POST') return true;
	const path = request.path.split('?')[0];
	return REPEATABLE_POSTS.some((pattern) => pattern.test(path));
}

export interface PolicyTarget extends FailedRequest {
	/** The account's API origin: requests to one account share one rate lane. */
	origin: string;
}

/**
 * Every request to ActiveCampaign goes through here: paced by the account's lane, abandoned after the timeout,
 * retried on 429 (after Retry-After), on 503, 5xx and dropped connections only when sending it again is safe,
 * and turned into an error whose message says what to fix. The error is built from the response body alone,
 * so the request (with its Api-Token header) never reaches an error item or a log.
 *
 * `send` must make exactly one HTTP request and nothing else: the lane counts it from the moment it starts, and
 * a `send` that waited on another request of the same account could wait for the slot it holds itself.
 * It gets an attempt whose signal it hands to the HTTP client (see transport.sendingWithSignal), so an abandoned
 * request also closes its connection and the lane learns when the request really left.
 */
export async function sendWithPolicy<T>(
	node: INode,
	target: PolicyTarget,
	send: (attempt: RequestAttempt) => Promise<T>,
): Promise<T> {
	const lane = laneFor(target.origin);
	const timeoutMs = target.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	let rateLimitRetries = 0;
	let failureRetries = 0;
	for (;;) {
		const ticket = await lane.acquire({ retry: rateLimitRetries + failureRetries > 0 });
		let failure: HttpFailure;
		try {
			const result = await withDeadline(send, timeoutMs, () => ticket.departed());
			ticket.finish(answerOf(result));
			return result;
		} catch (error) {
			failure = readFailure(error);
			ticket.finish({ status: failure.status, headers: failure.headers });
		}

		if (failure.status === 429 && rateLimitRetries < MAX_RATE_LIMIT_RETRIES) {
			rateLimitRetries++;
			lane.pause(retryAfterMs(failure, 1000));
			continue;
		}
		const transient = isServerFailure(failure) || isConnectionFailure(failure);
		if (transient && isRepeatable(target) && failureRetries < MAX_FAILURE_RETRIES) {
			const backoff = FIRST_BACKOFF_MS * 2 ** failureRetries;
			failureRetries++;
			if (failure.status === 503) lane.pause(retryAfterMs(failure, backoff));
			await sleep(backoff);
			continue;
		}
		throw apiError(node, failure, { ...target, timeoutMs });
	}
}

/** The answer's status and headers, when `send` returned a full response. */
function answerOf(result: unknown): LaneAnswer {
	const response = (result ?? {}) as { statusCode?: number; status?: number; headers?: Record<string, unknown> };
	const headers: Record<string, string> = {};
	for (const [key, value] of Object.entries(response.headers ?? {})) headers[key.toLowerCase()] = String(value);
	return { status: Number(response.statusCode ?? response.status ?? 200), headers };
}

export interface RequestAttempt {
	/** The signal for the HTTP client: it aborts at the deadline or with `alsoOn`, and tells the lane when the request left. */
	signal(alsoOn?: AbortSignal): AbortSignal;
}

async function withDeadline<T>(
	send: (attempt: RequestAttempt) => Promise<T>,
	timeoutMs: number,
	departed: () => void,
): Promise<T> {
	const deadline = AbortSignal.timeout(timeoutMs);
	const timedOut = Object.assign(new Error(`No complete answer within ${timeoutMs} ms`), { code: TIMED_OUT });
	let onAbort = () => {};
	const expired = new Promise<never>((_, reject) => {
		onAbort = () => reject(timedOut);
		deadline.addEventListener('abort', onAbort, { once: true });
	});
	const attempt: RequestAttempt = {
		signal: (alsoOn) => reportingDeparture(alsoOn ? AbortSignal.any([deadline, alsoOn]) : AbortSignal.any([deadline]), departed),
	};
	try {
		return await Promise.race([send(attempt), expired]);
	} catch (error) {
		throw deadline.aborted ? timedOut : error;
	} finally {
		deadline.removeEventListener('abort', onAbort);
	}
}

/**
 * The HTTP client (axios, under n8n's helpers) starts listening to the abort signal when it dispatches the
 * request, so that moment tells the lane when the request really left. A client that never listens leaves
 * the request counted from its grant.
 */
function reportingDeparture(signal: AbortSignal, departed: () => void): AbortSignal {
	const listen = signal.addEventListener.bind(signal) as (...args: unknown[]) => void;
	const addEventListener = (...args: unknown[]) => {
		if (args[0] === 'abort') departed();
		listen(...args);
	};
	return Object.assign(signal, { addEventListener });
}

/**
 * A 2xx answer must carry JSON (a DELETE or a 204 may be empty). An HTML page or plain text means the API URL
 * points somewhere else, or a proxy answered: say so instead of returning an empty record.
 */
export function requireJsonBody(response: IN8nHttpFullResponse, method: string): IN8nHttpFullResponse {
	const body = response.body as unknown;
	if (body !== null && typeof body === 'object') return response;
	const empty = body === undefined || body === null || (typeof body === 'string' && body.trim() === '');
	if (empty && (method.toUpperCase() === 'DELETE' || response.statusCode === 204)) return { ...response, body: {} };
	throw Object.assign(new Error('The answer is not JSON'), {
		code: NOT_JSON,
		response: { status: response.statusCode, headers: response.headers, body },
	});
}

export function apiError(node: INode, failure: HttpFailure, request: FailedRequest): NodeApiError {
	const text = describeApiFailure(failure, request);
	const response: IDataObject = {
		status: failure.status ?? null,
		body: (typeof failure.body === 'string' ? failure.body.slice(0, 500) : (failure.body ?? null)) as IDataObject,
	};
	return new NodeApiError(node, response as JsonObject, {
		message: text.message,
		description: text.description,
		httpCode: failure.status !== undefined ? String(failure.status) : undefined,
	});
}
