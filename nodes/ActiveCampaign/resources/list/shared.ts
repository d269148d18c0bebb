import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { recordLocator, collectionOwnerOption } from '../../shared/locators/property';
import { resolveIds } from '../../shared/locators/read';
import { RECORD_KINDS } from '../../shared/records/kinds';

export const listLocator = recordLocator({
	name: 'list',
	displayName: 'List',
	kind: RECORD_KINDS.list,
	searchListMethod: 'searchLists',
	byText: 'name',
	description: 'The list, picked from the list, by ID, or by its name',
});

/** The list picker of every operation on one list. */
export const listSharedFields: INodeProperties[] = [{ ...listLocator, displayOptions: showFor('list', ['get', 'update', 'delete']) }];

/** preSend: the picked list's ID into `/lists/{list}`. */
export const listId = resolveIds([{ parameter: 'list', kind: RECORD_KINDS.list }], '/lists/{list}');

function flag(displayName: string, name: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'boolean',
		default: false,
		description,
		routing: { send: { type: 'body', property: `list.${name}`, value: '={{ $value ? 1 : 0 }}' } },
	};
}

/** List settings shared by create and update (body `list.*`), alphabetised by display name with the owner. */
export function listSettingOptions(collection: string): INodeProperties[] {
	return [
		{
			displayName: 'Channel',
			name: 'channel',
			type: 'options',
			options: [
				{ name: 'Email', value: 'email' },
				{ name: 'SMS', value: 'sms' },
			],
			default: 'email',
			description: 'Whether the list is for email or SMS',
			routing: { send: { type: 'body', property: 'list.channel' } },
		},
		{
			displayName: 'Copy Campaigns To',
			name: 'carboncopy',
			type: 'string',
			default: '',
			placeholder: 'e.g. archive@example.com',
			description: 'Comma-separated email addresses that receive a copy of every campaign sent to the list',
			routing: { send: { type: 'body', property: 'list.carboncopy' } },
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'A description of the list',
			routing: { send: { type: 'body', property: 'list.description' } },
		},
		collectionOwnerOption(collection, 'The user who owns the list (by username when typed)', 'list.user'),
		flag(
			'Send Last Campaign',
			'send_last_broadcast',
			'Whether new subscribers receive the last campaign sent to the list',
		),
		{
			displayName: 'Subscription Notify',
			name: 'subscription_notify',
			type: 'string',
			default: '',
			placeholder: 'e.g. team@example.com',
			description: 'Comma-separated email addresses told about each new subscription',
			routing: { send: { type: 'body', property: 'list.subscription_notify' } },
		},
		{
			displayName: 'Unsubscription Notify',
			name: 'unsubscription_notify',
			type: 'string',
			default: '',
			placeholder: 'e.g. team@example.com',
			description: 'Comma-separated email addresses told about each unsubscription',
			routing: { send: { type: 'body', property: 'list.unsubscription_notify' } },
		},
		{
			displayName: 'URL Name',
			name: 'stringid',
			type: 'string',
			default: '',
			placeholder: 'e.g. newsletter',
			description: "URL-safe name of the list (used in ActiveCampaign's links); derived from the name when empty",
			routing: { send: { type: 'body', property: 'list.stringid' } },
		},
	];
}
