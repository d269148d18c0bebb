import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { pipelineId } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a pipeline',
		description: 'Get a pipeline by title or ID, with the IDs of its stages',
		routing: singleRoute({ method: 'GET', url: '/dealGroups/{pipeline}' }, { preSend: [pipelineId], postReceive: [unwrapRecord('dealGroup')] }),
	},
	simplify: true,
};
