import type { OperationDefinition } from '../../shared/descriptions';
import { confirmDeleted } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { calendarId } from './shared';

export const deleteCalendar: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a calendar feed',
		description: 'Delete a calendar feed; calendar apps subscribed to it stop getting tasks',
		routing: singleRoute(
			{ method: 'DELETE', url: '/calendars/{calendar}' },
			{ preSend: [calendarId], postReceive: [confirmDeleted('calendar', 'calendar')] },
		),
	},
};
