import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { CALENDAR_TYPE_OPTIONS, calendarId, calendarNotification } from './shared';

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a calendar feed',
		description: 'Rename a calendar feed, or change which tasks it shows and its notifications',
		routing: singleRoute({ method: 'PUT', url: '/calendars/{calendar}' }, { preSend: [calendarId], postReceive: [unwrapRecord('calendar')] }),
	},
	fields: [
		{
			displayName: 'Update Fields',
			name: 'calendarUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				calendarNotification,
				{
					displayName: 'Title',
					name: 'title',
					type: 'string',
					default: '',
					routing: { send: { type: 'body', property: 'calendar.title' } },
				},
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: CALENDAR_TYPE_OPTIONS,
					default: 'All',
					description: 'Which tasks the feed shows',
					routing: { send: { type: 'body', property: 'calendar.type' } },
				},
			],
		},
	],
	simplify: true,
};
