import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { failItem } from '../../shared/errors/failItem';
import { itemState } from '../../shared/memo/itemState';
import { singleRoute } from '../../shared/routing/routes';
import { EVENTS_PATH, eventNameLocator, findEventName, readEventName } from './shared';

const DELETED_NAME = 'deletedEventName';

/** preSend: the event must exist (matched by name); its name, as ActiveCampaign spells it, goes into the path, encoded. */
async function eventPath(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const asked = readEventName(this, this.getNodeParameter('eventDeleteName', ''));
	const name = await findEventName(this, asked);
	if (name === undefined) failItem(this, `No event named "${asked}" exists in ActiveCampaign`, 'Check the spelling, or pick the event from the list (Event > Get Many lists them).');
	itemState(this)[DELETED_NAME] = name;
	requestOptions.url = `${EVENTS_PATH}/${encodeURIComponent(name)}`;
	return requestOptions;
}

async function confirmEventDeleted(this: IExecuteSingleFunctions) {
	return [{ json: { deleted: true, event: String(itemState(this)[DELETED_NAME] ?? '') } }];
}

export const deleteEvent: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete an event',
		description: 'Remove an event name from the account',
		routing: singleRoute({ method: 'DELETE', url: `${EVENTS_PATH}/{eventName}` }, { preSend: [eventPath], postReceive: [confirmEventDeleted] }),
	},
	fields: [eventNameLocator('eventDeleteName', 'The event to delete, picked from the list or by name')],
};
