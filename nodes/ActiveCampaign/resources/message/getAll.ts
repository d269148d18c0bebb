import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many messages',
		description: 'List email messages',
		routing: listRoute({ method: 'GET', url: '/messages' }, { postReceive: [unwrapList('messages')] }),
	},
	fields: returnAllAndLimit('message', 'getAll'),
	simplify: true,
};
