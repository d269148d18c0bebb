import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { listSettingOptions } from './shared';

function urlName(name: string): string {
	return name
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** ActiveCampaign requires `stringid`: derived from the name when not given. */
async function listUrlName(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = (requestOptions.body ?? {}) as IDataObject;
	const list = ((body.list as IDataObject | undefined) ?? {}) as IDataObject;
	if (!String(list.stringid ?? '').trim() && String(list.name ?? '').trim()) {
		list.stringid = urlName(String(list.name)) || 'list';
	}
	body.list = list;
	requestOptions.body = body;
	return requestOptions;
}

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a list',
		description: 'Create a mailing list',
		routing: singleRoute({ method: 'POST', url: '/lists' }, { preSend: [listUrlName], postReceive: [unwrapRecord('list')] }),
	},
	fields: [
		{
			displayName: 'Name',
			name: 'listName',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. Newsletter',
			description: 'The name of the list',
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
			routing: { send: { type: 'body', property: 'list.sender_reminder' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'listAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: listSettingOptions('listAdditionalFields'),
		},
	],
	simplify: true,
};
