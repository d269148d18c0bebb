import type { OperationDefinition } from '../../shared/descriptions';
import { confirmDeleted } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { savedResponseId } from './shared';

export const deleteSavedResponse: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a saved response',
		description: 'Delete a saved response',
		routing: singleRoute(
			{ method: 'DELETE', url: '/savedResponses/{savedResponse}' },
			{ preSend: [savedResponseId], postReceive: [confirmDeleted('savedResponse', 'savedResponse')] },
		),
	},
};
