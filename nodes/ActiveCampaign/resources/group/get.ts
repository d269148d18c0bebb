import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { userGroupId, userGroupLocator } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a user group',
		description: 'Get a user group by title or ID, with its permissions',
		routing: singleRoute({ method: 'GET', url: '/groups/{userGroup}' }, { preSend: [userGroupId], postReceive: [unwrapRecord('group')] }),
	},
	fields: [userGroupLocator],
	simplify: true,
};
