import type { OperationDefinition } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { stageOptions } from './shared';

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a stage',
		description: 'Add a stage to a pipeline',
		routing: singleRoute(
			{ method: 'POST', url: '/dealStages' },
			{
				preSend: [resolveIds([{ parameter: 'stagePipeline', kind: RECORD_KINDS.pipeline, bodyPath: 'dealStage.group' }])],
				postReceive: [unwrapRecord('dealStage')],
			},
		),
	},
	fields: [
		{
			displayName: 'Additional Fields',
			name: 'stageAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: stageOptions,
		},
	],
	simplify: true,
};
