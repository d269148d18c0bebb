import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { listSettingOptions } from './shared';

export const listUpdateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'listUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('list', ['update']),
		options: [
			...listSettingOptions('listUpdateFields').slice(0, 3),
			{
				displayName: 'Name',
				name: 'listName',
				type: 'string',
				default: '',
				description: 'A new name for the list',
				routing: { send: { type: 'body', property: 'list.name' } },
			},
			...listSettingOptions('listUpdateFields').slice(3, 5),
			{
				displayName: 'Sender Reminder',
				name: 'senderReminder',
				type: 'string',
				default: '',
				description: 'Why contacts receive emails from this list, shown in the footer of campaigns',
				routing: { send: { type: 'body', property: 'list.sender_reminder' } },
			},
			{
				displayName: 'Sender URL',
				name: 'senderUrl',
				type: 'string',
				default: '',
				description: 'The website of the sender, shown in the footer of campaigns',
				routing: { send: { type: 'body', property: 'list.sender_url' } },
			},
			...listSettingOptions('listUpdateFields').slice(5),
		],
	},
];
