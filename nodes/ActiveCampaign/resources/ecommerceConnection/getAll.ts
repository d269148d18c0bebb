import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';

const query = (property: string) => ({ send: { type: 'query' as const, property, propertyInDotNotation: false } });

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many ecommerce connections',
		description: 'List store connections, optionally of one service',
		routing: listRoute({ method: 'GET', url: '/connections' }, { postReceive: [unwrapList('connections')] }),
	},
	fields: [
		...returnAllAndLimit('ecommerceConnection', 'getAll'),
		{
			displayName: 'Filters',
			name: 'ecommerceConnectionFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ displayName: 'External Account ID', name: 'externalid', type: 'string', default: '', routing: query('filters[externalid]') },
				{ displayName: 'Service', name: 'service', type: 'string', default: '', description: 'Only connections of this service', routing: query('filters[service]') },
			],
		},
	],
	simplify: true,
};
