import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { stageIdInto } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a stage',
		description: 'Get a stage by ID or title',
		routing: singleRoute(
			{ method: 'GET', url: '/dealStages/{stage}' },
			{ preSend: [stageIdInto('/dealStages/{stage}')], postReceive: [unwrapRecord('dealStage')] },
		),
	},
	simplify: true,
};
