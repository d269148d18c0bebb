import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { stageIdInto, stageOptions } from './shared';

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a stage',
		description: 'Rename, reorder or recolour a stage',
		routing: singleRoute(
			{ method: 'PUT', url: '/dealStages/{stage}' },
			{ preSend: [stageIdInto('/dealStages/{stage}')], postReceive: [unwrapRecord('dealStage')] },
		),
	},
	fields: [
		{
			displayName: 'Update Fields',
			name: 'stageUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				...stageOptions.slice(0, 3),
				{
					displayName: 'Title',
					name: 'title',
					type: 'string',
					default: '',
					routing: { send: { type: 'body', property: 'dealStage.title' } },
				},
				...stageOptions.slice(3),
			],
		},
	],
	simplify: true,
};
