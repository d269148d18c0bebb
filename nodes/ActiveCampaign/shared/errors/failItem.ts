import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ApiContext } from '../transport/request';

/** Stops the current item (when the context has one) with a message and a hint on what to fix. */
export function failItem(context: ApiContext, message: string, description?: string): never {
	const itemIndex = 'getItemIndex' in context ? (context as IExecuteSingleFunctions).getItemIndex() : undefined;
	throw new NodeOperationError(context.getNode(), message, { description, itemIndex });
}

/** A value as a message can quote it: short, and saying what kind it is when it is not text. */
export function describeValue(value: unknown): string {
	if (value === null || value === undefined || value === '') return 'nothing';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	const text = String(value);
	return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}
