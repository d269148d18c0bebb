import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { resolveIds } from '../../shared/locators/read';
import { RECORD_KINDS } from '../../shared/records/kinds';

export const calendarLocator = recordLocator({
	name: 'calendar',
	displayName: 'Calendar Feed',
	kind: RECORD_KINDS.calendar,
	byText: 'name',
	description: 'The calendar feed, picked from the list, by ID, or by its title',
});

/** The calendar feed picker of every operation on one feed. */
export const calendarSharedFields: INodeProperties[] = [{ ...calendarLocator, displayOptions: showFor('calendar', ['get', 'update', 'delete']) }];

/** preSend: the picked feed's ID into `/calendars/{calendar}`. */
export const calendarId = resolveIds([{ parameter: 'calendar', kind: RECORD_KINDS.calendar }], '/calendars/{calendar}');

/** What the feed shows (`calendar.type`): the spec's values 'All', 'Deals', 'Contacts'. */
export const CALENDAR_TYPE_OPTIONS = [
	{ name: 'All', value: 'All', description: 'Tasks of deals and contacts' },
	{ name: 'Contacts', value: 'Contacts', description: 'Tasks of contacts only' },
	{ name: 'Deals', value: 'Deals', description: 'Tasks of deals only' },
];

export const calendarNotification: INodeProperties = {
	displayName: 'Notifications',
	name: 'notification',
	type: 'boolean',
	default: false,
	description: 'Whether the calendar feed sends notifications',
	routing: { send: { type: 'body', property: 'calendar.notification' } },
};
