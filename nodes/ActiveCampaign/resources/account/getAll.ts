import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many accounts',
		description: 'List accounts, optionally those whose name contains a text',
		routing: listRoute({ method: 'GET', url: '/accounts' }, { postReceive: [unwrapList('accounts')] }),
	},
	fields: [
		...returnAllAndLimit('account', 'getAll'),
		{
			displayName: 'Filters',
			name: 'accountFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Include Counts',
					name: 'countDeals',
					type: 'boolean',
					default: false,
					description: 'Whether to compute each account\'s number of contacts and deals (contactCount, dealCount)',
					routing: { send: { type: 'query', property: 'count_deals', value: '={{ $value ? "true" : undefined }}' } },
				},
				{
					displayName: 'Search',
					name: 'search',
					type: 'string',
					default: '',
					description: 'Only accounts whose name contains this text',
					routing: { send: { type: 'query', property: 'search' } },
				},
			],
		},
	],
	simplify: true,
};
