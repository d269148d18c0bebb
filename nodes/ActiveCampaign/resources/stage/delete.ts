import type { OperationDefinition } from '../../shared/descriptions';
import { confirmDeleted } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { stageIdInto } from './shared';

export const deleteStage: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a stage',
		description: 'Delete a stage of a pipeline',
		routing: singleRoute(
			{ method: 'DELETE', url: '/dealStages/{stage}' },
			{ preSend: [stageIdInto('/dealStages/{stage}')], postReceive: [confirmDeleted('stage', 'stage')] },
		),
	},
};
