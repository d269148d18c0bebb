import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many users',
		description: 'List the users (team members) of the account',
		routing: listRoute({ method: 'GET', url: '/users' }, { postReceive: [unwrapList('users')] }),
	},
	fields: returnAllAndLimit('user', 'getAll'),
	simplify: true,
};
