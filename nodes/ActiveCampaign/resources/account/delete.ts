import type { OperationDefinition } from '../../shared/descriptions';
import { confirmDeleted } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { accountId } from './shared';

export const deleteAccount: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete an account',
		description: 'Delete an account; its contacts stay, unlinked',
		routing: singleRoute(
			{ method: 'DELETE', url: '/accounts/{account}' },
			{ preSend: [accountId], postReceive: [confirmDeleted('account', 'account')] },
		),
	},
};
