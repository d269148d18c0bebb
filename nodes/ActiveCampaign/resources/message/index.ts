import { legacyResource } from '../../shared/descriptions';
import type { INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { confirmDeleted, unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { messageCreateFields } from './create';
import { messageGetFields } from './get';
import { messageGetAllFields } from './getAll';
import { checkAddresses } from './shared';
import { messageUpdateFields } from './update';

const messageId = resolveIds([{ parameter: 'message', kind: RECORD_KINDS.message }], '/messages/{message}');
const one = [unwrapRecord('message')];

export const messageDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['message'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a message',
				description: 'Create an email message (sender, subject, HTML or text body) for campaigns',
				routing: singleRoute({ method: 'POST', url: '/messages' }, { preSend: [checkAddresses('')], postReceive: one }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a message',
				description: 'Delete an email message',
				routing: singleRoute({ method: 'DELETE', url: '/messages/{message}' }, { preSend: [messageId], postReceive: [confirmDeleted('message', 'message')] }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a message',
				description: 'Get an email message by ID',
				routing: singleRoute({ method: 'GET', url: '/messages/{message}' }, { preSend: [messageId], postReceive: one }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many messages',
				description: 'List email messages',
				routing: listRoute({ method: 'GET', url: '/messages' }, { postReceive: [unwrapList('messages')] }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a message',
				description: 'Change the sender, subject or body of an email message',
				routing: singleRoute({ method: 'PUT', url: '/messages/{message}' }, { preSend: [messageId, checkAddresses('messageUpdateFields.')], postReceive: one }),
			},
		],
		default: 'getAll',
	},
	...messageCreateFields,
	...messageGetFields,
	...messageGetAllFields,
	...messageUpdateFields,
	simplifyOption('message', ['create', 'get', 'getAll', 'update']),
];

/** Until this resource has one file per operation. */
export const message = legacyResource('Message', 'message', 'Email messages used by campaigns', messageDescription);
