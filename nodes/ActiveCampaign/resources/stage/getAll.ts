import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { locatorIntoQuery } from '../../shared/routing/query';
import { listRoute } from '../../shared/routing/routes';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many stages of a pipeline',
		description: 'List the stages of a pipeline',
		routing: listRoute(
			{ method: 'GET', url: '/dealStages' },
			{ preSend: [locatorIntoQuery('stagePipeline', RECORD_KINDS.pipeline, 'filters[d_groupid]')], postReceive: [unwrapList('dealStages')] },
		),
	},
	fields: [
		...returnAllAndLimit('stage', 'getAll'),
		{
			displayName: 'Filters',
			name: 'stageFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Title',
					name: 'title',
					type: 'string',
					default: '',
					description: 'Only stages whose title contains this text',
					routing: { send: { type: 'query', property: 'filters[title]', propertyInDotNotation: false } },
				},
			],
		},
	],
	simplify: true,
};
