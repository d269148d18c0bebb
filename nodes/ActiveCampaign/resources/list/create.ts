import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { listSettingOptions } from './shared';

const show = showFor('list', ['create']);

export const listCreateFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'listName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Newsletter',
		description: 'The name of the list',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'list.name' } },
	},
	{
		displayName: 'Sender URL',
		name: 'senderUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://example.com',
		description: 'The website of the sender, shown in the footer of campaigns (required by anti-spam laws)',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'list.sender_url' } },
	},
	{
		displayName: 'Sender Reminder',
		name: 'senderReminder',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. You signed up on our website.',
		description: 'Why contacts receive emails from this list, shown in the footer of campaigns',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'list.sender_reminder' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'listAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: listSettingOptions('listAdditionalFields'),
	},
];

function urlName(name: string): string {
	return name
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** ActiveCampaign requires `stringid`: derived from the name when not given. */
export async function listUrlName(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = (requestOptions.body ?? {}) as IDataObject;
	const list = ((body.list as IDataObject | undefined) ?? {}) as IDataObject;
	if (!String(list.stringid ?? '').trim() && String(list.name ?? '').trim()) {
		list.stringid = urlName(String(list.name)) || 'list';
	}
	body.list = list;
	requestOptions.body = body;
	return requestOptions;
}
