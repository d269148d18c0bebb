import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { CALENDAR_TYPE_OPTIONS, calendarNotification } from './shared';

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a calendar feed',
		description: 'Create a calendar feed of tasks, to subscribe to from a calendar app',
		routing: singleRoute({ method: 'POST', url: '/calendars' }, { postReceive: [unwrapRecord('calendar')] }),
	},
	fields: [
		{
			displayName: 'Title',
			name: 'calendarTitle',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. Sales team tasks',
			routing: { send: { type: 'body', property: 'calendar.title' } },
		},
		{
			displayName: 'Type',
			name: 'calendarType',
			type: 'options',
			options: CALENDAR_TYPE_OPTIONS,
			default: 'All',
			required: true,
			description: 'Which tasks the feed shows',
			routing: { send: { type: 'body', property: 'calendar.type' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'calendarAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [calendarNotification],
		},
	],
	simplify: true,
};
