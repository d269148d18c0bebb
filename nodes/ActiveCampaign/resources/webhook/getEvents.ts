import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { singleRoute } from '../../shared/routing/routes';

/** One item per event name. */
async function eventItems(this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
	const events = ((response.body as { webhookEvents?: unknown[] })?.webhookEvents ?? []).map(String);
	return events.map((event) => ({ json: { event } }));
}

export const getEvents: OperationDefinition = {
	option: {
		name: 'Get Events',
		value: 'getEvents',
		action: 'Get the webhook event names',
		description: 'List the event names a webhook can subscribe to (one item per event)',
		routing: singleRoute({ method: 'GET', url: '/webhook/events' }, { postReceive: [eventItems] }),
	},
};
