import type { OperationDefinition } from '../../shared/descriptions';
import { confirmDeleted } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { pipelineId } from './shared';

export const deletePipeline: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a pipeline',
		description: 'Delete a pipeline with its stages and deals',
		routing: singleRoute(
			{ method: 'DELETE', url: '/dealGroups/{pipeline}' },
			{ preSend: [pipelineId], postReceive: [confirmDeleted('pipeline', 'pipeline')] },
		),
	},
};
