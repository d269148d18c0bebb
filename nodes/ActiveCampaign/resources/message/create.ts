import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { checkAddresses, messageOptions } from './shared';

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a message',
		description: 'Create an email message (sender, subject, HTML or text body) for campaigns',
		routing: singleRoute({ method: 'POST', url: '/messages' }, { preSend: [checkAddresses('')], postReceive: [unwrapRecord('message')] }),
	},
	fields: [
		{
			displayName: 'From Name',
			name: 'fromName',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. Acme Team',
			routing: { send: { type: 'body', property: 'message.fromname' } },
		},
		{
			displayName: 'From Email',
			name: 'fromEmail',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			required: true,
			description: 'The sender address',
		},
		{
			displayName: 'Reply-To Email',
			name: 'replyTo',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			required: true,
			description: 'Where replies go',
		},
		{
			displayName: 'Subject',
			name: 'subject',
			type: 'string',
			default: '',
			required: true,
			routing: { send: { type: 'body', property: 'message.subject' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'messageAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: messageOptions,
		},
	],
	simplify: true,
};
