import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many tags',
		description: 'List tags, optionally those whose name contains a text',
		routing: listRoute({ method: 'GET', url: '/tags' }, { postReceive: [unwrapList('tags')] }),
	},
	fields: [
		...returnAllAndLimit('tag', 'getAll'),
		{
			displayName: 'Filters',
			name: 'tagFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Search',
					name: 'search',
					type: 'string',
					default: '',
					description: 'Only tags whose name contains this text',
					routing: { send: { type: 'query', property: 'search' } },
				},
			],
		},
	],
	simplify: true,
};
