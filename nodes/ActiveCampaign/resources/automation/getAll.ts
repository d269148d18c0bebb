import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many automations',
		description: 'List automations (to enrol contacts, use Contact Automation > Add)',
		routing: listRoute({ method: 'GET', url: '/automations' }, { postReceive: [unwrapList('automations')] }),
	},
	fields: returnAllAndLimit('automation', 'getAll'),
	simplify: true,
};
