import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many saved responses',
		description: 'List the saved responses of the account',
		routing: listRoute({ method: 'GET', url: '/savedResponses' }, { postReceive: [unwrapList('savedResponses')] }),
	},
	fields: returnAllAndLimit('savedResponse', 'getAll'),
	simplify: true,
};
