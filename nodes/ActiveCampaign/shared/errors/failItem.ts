import type { IExecuteSingleFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { ApiContext } from '../transport/request';

/**
 * Stops the current item (when the context has one) with a message and a hint on what to fix.
 * A NodeApiError without an HTTP code: RoutingNode re-wraps any other error thrown around a request into one with
 * "Error code: none", which the editor shows as if ActiveCampaign had answered.
 */
export function failItem(context: ApiContext, message: string, description?: string): never {
	const itemIndex = 'getItemIndex' in context ? (context as IExecuteSingleFunctions).getItemIndex() : undefined;
	throw new NodeApiError(context.getNode(), { message } as JsonObject, { message, description, itemIndex });
}

/** A value as a message can quote it: short, and saying what kind it is when it is not text. */
export function describeValue(value: unknown): string {
	if (value === null || value === undefined || value === '') return 'nothing';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	const text = String(value);
	return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}
