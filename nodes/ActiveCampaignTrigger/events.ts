import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { apiRequest } from '../ActiveCampaign/shared/transport/request';

/** What each webhook event means (API.md §7.2), shown next to the event in the picker. */
export const EVENT_DESCRIPTIONS: Record<string, { name: string; description: string }> = {
	account_add: { name: 'Account Added', description: 'An account (company) was created' },
	account_contact_add: { name: 'Account Contact Added', description: 'A contact was added to an account' },
	account_contact_update: { name: 'Account Contact Updated', description: "A contact's role on an account changed" },
	account_update: { name: 'Account Updated', description: 'An account (company) was changed' },
	bounce: { name: 'Campaign Bounce', description: 'A campaign email to a contact bounced' },
	click: { name: 'Campaign Link Clicked', description: 'A contact clicked a link in a campaign' },
	contact_tag_added: { name: 'Contact Tag Added', description: 'A tag was applied to a contact' },
	contact_tag_removed: { name: 'Contact Tag Removed', description: 'A tag was removed from a contact' },
	contact_task_add: { name: 'Contact Task Added', description: 'A task was added to a contact' },
	deal_add: { name: 'Deal Added', description: 'A deal was created' },
	deal_note_add: { name: 'Deal Note Added', description: 'A note was added to a deal' },
	deal_pipeline_add: { name: 'Pipeline Added', description: 'A deal pipeline was created' },
	deal_stage_add: { name: 'Deal Stage Added', description: 'A stage was added to a pipeline (a definition, not a deal moving)' },
	deal_task_add: { name: 'Deal Task Added', description: 'A task was added to a deal' },
	deal_task_complete: { name: 'Deal Task Completed', description: 'A deal task was marked complete' },
	deal_tasktype_add: { name: 'Deal Task Type Added', description: 'A task type was created' },
	deal_update: {
		name: 'Deal Updated',
		description: 'A deal changed, including stage moves and won/lost (see Updated Fields)',
	},
	forward: { name: 'Campaign Forwarded', description: 'A contact forwarded a campaign' },
	list_add: { name: 'List Added', description: 'A list was created' },
	open: { name: 'Campaign Opened', description: 'A contact opened a campaign' },
	reply: { name: 'Campaign Replied', description: 'A contact replied to a campaign' },
	sent: { name: 'Campaign Sent', description: 'A campaign started sending' },
	share: { name: 'Campaign Shared', description: 'A contact shared a campaign on a social network' },
	sms_reply: { name: 'SMS Reply', description: 'A contact replied to an SMS' },
	sms_sent: { name: 'SMS Sent', description: 'An SMS was sent to a contact' },
	sms_unsub: { name: 'SMS Unsubscribe', description: 'A contact unsubscribed from SMS' },
	subscribe: { name: 'Contact Added', description: 'A contact was added to the account or subscribed to a list' },
	subscriber_note: { name: 'Contact Note Added', description: 'A note was added to a contact' },
	unsubscribe: { name: 'Contact Unsubscribed', description: 'A contact unsubscribed from a list or a campaign' },
	update: { name: 'Contact Updated', description: "A contact's details changed" },
};

/** The documented list (`GET /webhook/events` example, 25 values), used when the account cannot be asked. */
export const DOCUMENTED_EVENTS = [
	'bounce',
	'click',
	'contact_tag_added',
	'contact_tag_removed',
	'deal_add',
	'deal_note_add',
	'deal_pipeline_add',
	'deal_stage_add',
	'deal_task_add',
	'deal_task_complete',
	'deal_tasktype_add',
	'deal_update',
	'forward',
	'list_add',
	'open',
	'reply',
	'sent',
	'share',
	'sms_reply',
	'sms_sent',
	'sms_unsub',
	'subscribe',
	'subscriber_note',
	'unsubscribe',
	'update',
];

/** Names ActiveCampaign references besides the 25; some accounts list them in `/webhook/events`. */
export const EXTRA_EVENTS = [
	'account_add',
	'account_contact_add',
	'account_contact_update',
	'account_update',
	'contact_task_add',
];

export const LIST_SCOPE_NOTE =
	'Only events on this list fire. It has no effect on deal, account and SMS events, contact notes, contact tasks, tag added/removed and list added: those fire for every list.';

export const SOURCE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Admin', value: 'admin', description: 'A user in the ActiveCampaign app' },
	{ name: 'API', value: 'api', description: 'An API call (including n8n itself)' },
	{ name: 'Public', value: 'public', description: 'The contact (forms, opens, clicks, unsubscribes)' },
	{ name: 'System', value: 'system', description: 'Automations, imports and system jobs' },
];

export const ALL_SOURCES = ['public', 'admin', 'api', 'system'];

export function eventOption(event: string): INodePropertyOptions {
	const known = EVENT_DESCRIPTIONS[event];
	return {
		name: known ? `${known.name} (${event})` : event,
		value: event,
		description: known?.description ?? `The "${event}" event`,
	};
}

export function eventOptions(events: string[]): INodePropertyOptions[] {
	return [...new Set(events)].map(eventOption).sort((a, b) => a.name.localeCompare(b.name));
}

/** Load options: the account's own list, or the documented one when it cannot be read. */
export async function getEvents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	try {
		const response = await apiRequest.call(this, 'GET', '/webhook/events');
		const events = (response.webhookEvents as unknown[] | undefined)?.map(String).filter(Boolean) ?? [];
		if (events.length > 0) return eventOptions(events);
		this.logger.warn('ActiveCampaign returned no webhook events; showing the documented list instead');
	} catch (error) {
		this.logger.warn(
			`Could not load webhook events from ActiveCampaign (${(error as Error).message}); showing the documented list instead`,
		);
	}
	return eventOptions([...DOCUMENTED_EVENTS, ...EXTRA_EVENTS]);
}
