import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { messageId } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a message',
		description: 'Get an email message by ID',
		routing: singleRoute({ method: 'GET', url: '/messages/{message}' }, { preSend: [messageId], postReceive: [unwrapRecord('message')] }),
	},
	simplify: true,
};
