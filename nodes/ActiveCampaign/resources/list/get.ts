import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { listId } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a list',
		description: 'Get a list by name or ID',
		routing: singleRoute({ method: 'GET', url: '/lists/{list}' }, { preSend: [listId], postReceive: [unwrapRecord('list')] }),
	},
	simplify: true,
};
