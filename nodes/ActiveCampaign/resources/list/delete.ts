import type { OperationDefinition } from '../../shared/descriptions';
import { confirmDeleted } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { listId } from './shared';

export const deleteList: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a list',
		description: 'Delete a list; its contacts stay in the account',
		routing: singleRoute({ method: 'DELETE', url: '/lists/{list}' }, { preSend: [listId], postReceive: [confirmDeleted('list', 'list')] }),
	},
};
