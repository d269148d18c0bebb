import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { checkAddresses, messageBody, messageId, messageOptions } from './shared';

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a message',
		description: 'Change the sender, subject or body of an email message',
		routing: singleRoute(
			{ method: 'PUT', url: '/messages/{message}' },
			{ preSend: [messageId, checkAddresses('messageUpdateFields.')], postReceive: [unwrapRecord('message')] },
		),
	},
	fields: [
		{
			displayName: 'Update Fields',
			name: 'messageUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'From Email', name: 'fromEmail', type: 'string', placeholder: 'name@email.com', default: '' },
				{ displayName: 'From Name', name: 'fromName', type: 'string', default: '', routing: messageBody('fromname') },
				...messageOptions.slice(0, 3),
				{ displayName: 'Reply-To Email', name: 'replyTo', type: 'string', placeholder: 'name@email.com', default: '' },
				{ displayName: 'Subject', name: 'subject', type: 'string', default: '', routing: messageBody('subject') },
				...messageOptions.slice(3),
			],
		},
	],
	simplify: true,
};
