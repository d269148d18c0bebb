import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many lists',
		description: 'List the mailing lists, optionally those whose name contains a text',
		routing: listRoute({ method: 'GET', url: '/lists' }, { postReceive: [unwrapList('lists')] }),
	},
	fields: [
		...returnAllAndLimit('list', 'getAll'),
		{
			displayName: 'Filters',
			name: 'listFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Name Contains',
					name: 'name',
					type: 'string',
					default: '',
					description: 'Only lists whose name contains this text',
					routing: { send: { type: 'query', property: 'filters[name][contains]' } },
				},
				{
					displayName: 'Sort by Name',
					name: 'sortByName',
					type: 'options',
					options: [
						{ name: 'A to Z', value: 'ASC' },
						{ name: 'Z to A', value: 'DESC' },
					],
					default: 'ASC',
					description: 'Sort the lists by name',
					routing: { send: { type: 'query', property: 'orders[name]' } },
				},
			],
		},
	],
	simplify: true,
};
