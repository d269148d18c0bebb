import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { messageOptions } from './shared';

const show = showFor('message', ['create']);

export const messageCreateFields: INodeProperties[] = [
	{
		displayName: 'From Name',
		name: 'fromName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Acme Team',
		displayOptions: show,
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
		displayOptions: show,
	},
	{
		displayName: 'Reply-To Email',
		name: 'replyTo',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		description: 'Where replies go',
		displayOptions: show,
	},
	{
		displayName: 'Subject',
		name: 'subject',
		type: 'string',
		default: '',
		required: true,
		displayOptions: show,
		routing: { send: { type: 'body', property: 'message.subject' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'messageAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: messageOptions,
	},
];
