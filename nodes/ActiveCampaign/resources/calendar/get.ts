import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { calendarId } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a calendar feed',
		description: 'Get a calendar feed by title or ID, with its token',
		routing: singleRoute({ method: 'GET', url: '/calendars/{calendar}' }, { preSend: [calendarId], postReceive: [unwrapRecord('calendar')] }),
	},
	simplify: true,
};
