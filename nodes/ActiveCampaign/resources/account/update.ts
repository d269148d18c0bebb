import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { accountCustomFields, accountDetailOptions } from './shared';

export const accountUpdateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'accountUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('account', ['update']),
		options: [
			{
				displayName: 'Name',
				name: 'accountName',
				type: 'string',
				default: '',
				description: 'A new name for the account',
				routing: { send: { type: 'body', property: 'account.name' } },
			},
			...accountDetailOptions('accountUpdateFields'),
		],
	},
	// Create and Update share one Custom Fields parameter (declared last, so it follows the account picker).
	accountCustomFields(['create', 'update']),
];
