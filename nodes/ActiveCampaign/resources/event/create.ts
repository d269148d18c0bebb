import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { failItem } from '../../shared/errors/failItem';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { EVENTS_PATH, textValue } from './shared';

/** preSend: the name, trimmed, required. */
async function eventBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const name = textValue(this, this.getNodeParameter('eventCreateName', ''), 'Name').trim();
	if (!name) failItem(this, 'The field "Name" is required', 'Give the name of the event, e.g. purchased_plan.');
	requestOptions.body = { eventTrackingEvent: { name } };
	return requestOptions;
}

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create an event',
		description: 'Add an event name to the account, for automations and segments to use',
		routing: singleRoute({ method: 'POST', url: EVENTS_PATH }, { preSend: [eventBody], postReceive: [unwrapRecord('eventTrackingEvent')] }),
	},
	fields: [
		{
			displayName: 'Name',
			name: 'eventCreateName',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. purchased_plan',
			description: 'The name of the event',
		},
	],
};
