import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';
import { EVENTS_PATH, EVENTS_ROOT } from './shared';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many events',
		description: 'List the names of the events the account tracks',
		routing: listRoute({ method: 'GET', url: EVENTS_PATH }, { postReceive: [unwrapList(EVENTS_ROOT)] }),
	},
	fields: returnAllAndLimit('event', 'getAll'),
};
