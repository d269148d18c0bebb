import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import { describeApiFailure, type FailedRequest } from './errorMessages';
import {
	isConnectionFailure,
	isServerFailure,
	readFailure,
	retryAfterMs,
	type HttpFailure,
} from './failures';
import { laneFor } from './rateLane';

export const MAX_RATE_LIMIT_RETRIES = 6;
export const MAX_FAILURE_RETRIES = 3;
const FIRST_BACKOFF_MS = 500;

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
 * Every request to ActiveCampaign goes through here: paced by the account's lane, retried on 429
 * (after Retry-After), on 503, 5xx and dropped connections only when sending it again is safe, and
 * turned into an error whose message says what to fix. The error is built from the response body alone,
 * so the request (with its Api-Token header) never reaches an error item or a log.
 */
export async function sendWithPolicy<T>(
	node: INode,
	target: PolicyTarget,
	send: () => Promise<T>,
): Promise<T> {
	const lane = laneFor(target.origin);
	let rateLimitRetries = 0;
	let failureRetries = 0;
	for (;;) {
		const ticket = await lane.acquire();
		let failure: HttpFailure;
		try {
			return await send();
		} catch (error) {
			failure = readFailure(error);
		} finally {
			ticket.release();
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
		throw apiError(node, failure, target);
	}
}

export function apiError(node: INode, failure: HttpFailure, request: FailedRequest): NodeApiError {
	const text = describeApiFailure(failure, request);
	const response: IDataObject = { status: failure.status ?? null, body: (failure.body ?? null) as IDataObject };
	return new NodeApiError(node, response as JsonObject, {
		message: text.message,
		description: text.description,
		httpCode: failure.status !== undefined ? String(failure.status) : undefined,
	});
}
