import type { IExecuteSingleFunctions, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

/**
 * For a record's sub-collections (`/contacts/{id}/contactTags`, `/contacts/{id}/contactLists`, ...), which answer
 * with every entry at once and ignore `limit`/`offset`: the Limit is applied here, after `unwrapList`.
 */
export function takeLimit(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]) {
		const returnAll = this.getNodeParameter('returnAll', false) as boolean;
		if (returnAll) return items;
		const limit = this.getNodeParameter('limit', 50) as number;
		return items.slice(0, Math.max(0, limit));
	};
}
