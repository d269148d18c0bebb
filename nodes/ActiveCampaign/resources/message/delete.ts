import type { OperationDefinition } from '../../shared/descriptions';
import { confirmDeleted } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { messageId } from './shared';

export const deleteMessage: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a message',
		description: 'Delete an email message',
		routing: singleRoute({ method: 'DELETE', url: '/messages/{message}' }, { preSend: [messageId], postReceive: [confirmDeleted('message', 'message')] }),
	},
};
