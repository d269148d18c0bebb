import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { pipelineCurrency, pipelineId, pipelineOptions } from './shared';

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a pipeline',
		description: 'Rename a pipeline or change its currency or auto-assignment',
		routing: singleRoute({ method: 'PUT', url: '/dealGroups/{pipeline}' }, { preSend: [pipelineId], postReceive: [unwrapRecord('dealGroup')] }),
	},
	fields: [
		{
			displayName: 'Update Fields',
			name: 'pipelineUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				...pipelineOptions.slice(0, 3),
				pipelineCurrency,
				{
					displayName: 'Title',
					name: 'title',
					type: 'string',
					default: '',
					routing: { send: { type: 'body', property: 'dealGroup.title' } },
				},
				...pipelineOptions.slice(3),
			],
		},
	],
	simplify: true,
};
