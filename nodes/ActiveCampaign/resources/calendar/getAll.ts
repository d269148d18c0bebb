import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many calendar feeds',
		description: 'List the calendar feeds of the account',
		routing: listRoute({ method: 'GET', url: '/calendars' }, { postReceive: [unwrapList('calendars')] }),
	},
	fields: returnAllAndLimit('calendar', 'getAll'),
	simplify: true,
};
