import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { accountDetailOptions } from './shared';

const show = showFor('account', ['create']);

export const accountCreateFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'accountName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Acme Inc.',
		description: 'The name of the account (company); must be unique',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'account.name' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'accountAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: accountDetailOptions('accountAdditionalFields'),
	},
];
