import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many forms',
		description: 'List the sign-up forms of the account',
		routing: listRoute({ method: 'GET', url: '/forms' }, { postReceive: [unwrapList('forms')] }),
	},
	fields: returnAllAndLimit('form', 'getAll'),
	simplify: true,
};
