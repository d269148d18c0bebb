import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { savedResponseId } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a saved response',
		description: 'Get a saved response by title or ID',
		routing: singleRoute(
			{ method: 'GET', url: '/savedResponses/{savedResponse}' },
			{ preSend: [savedResponseId], postReceive: [unwrapRecord('savedResponse')] },
		),
	},
	simplify: true,
};
