import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { bodyRoot } from '../../shared/routing/body';
import { singleRoute } from '../../shared/routing/routes';
import { listId, listSettingOptions } from './shared';

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a list',
		description: "Rename a list or change its sender details and settings",
		// PATCH: ActiveCampaign's spec has no list update; the live API serves PATCH (recordings/update-list, see test/spec).
		routing: singleRoute(
			{ method: 'PATCH', url: '/lists/{list}' },
			{ preSend: [listId, bodyRoot('list')], postReceive: [unwrapRecord('list')] },
		),
	},
	fields: [
		{
			displayName: 'Update Fields',
			name: 'listUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
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
	],
	simplify: true,
};
