import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many pipelines',
		description: 'List deal pipelines',
		routing: listRoute({ method: 'GET', url: '/dealGroups' }, { postReceive: [unwrapList('dealGroups')] }),
	},
	fields: [
		...returnAllAndLimit('pipeline', 'getAll'),
		{
			displayName: 'Filters',
			name: 'pipelineFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Only With Stages',
					name: 'haveStages',
					type: 'boolean',
					default: true,
					description: 'Whether to return only pipelines that have at least one stage',
					routing: { send: { type: 'query', property: 'filters[have_stages]', propertyInDotNotation: false, value: '={{ $value ? 1 : 0 }}' } },
				},
				{
					displayName: 'Title',
					name: 'title',
					type: 'string',
					default: '',
					description: 'Only pipelines whose title contains this text',
					routing: { send: { type: 'query', property: 'filters[title]', propertyInDotNotation: false } },
				},
			],
		},
	],
	simplify: true,
};
