import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { messageOptions } from './shared';

const body = (property: string) => ({ send: { type: 'body' as const, property: `message.${property}` } });

export const messageUpdateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'messageUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('message', ['update']),
		options: [
			{ displayName: 'From Email', name: 'fromEmail', type: 'string', placeholder: 'name@email.com', default: '' },
			{ displayName: 'From Name', name: 'fromName', type: 'string', default: '', routing: body('fromname') },
			...messageOptions.slice(0, 3),
			{ displayName: 'Reply-To Email', name: 'replyTo', type: 'string', placeholder: 'name@email.com', default: '' },
			{ displayName: 'Subject', name: 'subject', type: 'string', default: '', routing: body('subject') },
			...messageOptions.slice(3),
		],
	},
];
