import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many task outcomes',
		description: 'List task outcomes, optionally those of one sentiment',
		routing: listRoute({ method: 'GET', url: '/taskOutcomes' }, { postReceive: [unwrapList('taskOutcomes')] }),
	},
	fields: [
		...returnAllAndLimit('taskOutcome', 'getAll'),
		{
			displayName: 'Filters',
			name: 'taskOutcomeFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Sentiment',
					name: 'sentiment',
					type: 'options',
					// The API's codes (spec): 1 Negative, 2 Neutral, 3 Positive.
					options: [
						{ name: 'Positive', value: '3' },
						{ name: 'Neutral', value: '2' },
						{ name: 'Negative', value: '1' },
					],
					default: '3',
					description: 'Only outcomes of this sentiment',
					routing: { send: { type: 'query', property: 'filters[sentiment]' } },
				},
			],
		},
	],
	simplify: true,
};
