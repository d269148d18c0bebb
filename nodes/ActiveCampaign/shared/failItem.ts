import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ApiContext } from './transport';

/** Stops the current item (when the context has one) with a message and a hint on what to fix. */
export function failItem(context: ApiContext, message: string, description?: string): never {
	const itemIndex = 'getItemIndex' in context ? (context as IExecuteSingleFunctions).getItemIndex() : undefined;
	throw new NodeOperationError(context.getNode(), message, { description, itemIndex });
}
