import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many user groups',
		description: 'List the user groups of the account (users belong to one; groups set their permissions)',
		routing: listRoute({ method: 'GET', url: '/groups' }, { postReceive: [unwrapList('groups')] }),
	},
	fields: returnAllAndLimit('group', 'getAll'),
	simplify: true,
};
