import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many contact custom fields',
		description: 'List the contact custom fields of the account',
		routing: listRoute({ method: 'GET', url: '/fields' }, { postReceive: [unwrapList('fields')] }),
	},
	fields: [
		...returnAllAndLimit('contactField', 'getAll'),
		{
			displayName: 'Filters',
			name: 'contactFieldFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Personalization Tag',
					name: 'perstag',
					type: 'string',
					default: '',
					placeholder: 'e.g. FAVORITE_COLOR',
					description: 'Only the field with this personalization tag',
					routing: { send: { type: 'query', property: 'filters[perstag]' } },
				},
			],
		},
	],
	simplify: true,
};
