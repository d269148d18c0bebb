import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { accountFieldTitles } from '../../shared/output/fieldTitles';
import { bodyRoot } from '../../shared/routing/body';
import { singleRoute } from '../../shared/routing/routes';
import { accountDetailOptions, accountId } from './shared';

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update an account',
		description: "Rename an account or change its website, owner or custom field values",
		routing: singleRoute(
			{ method: 'PUT', url: '/accounts/{account}' },
			{ preSend: [accountId, bodyRoot('account'), accountFieldTitles('accountCustomFields')], postReceive: [unwrapRecord('account')] },
		),
	},
	fields: [
		{
			displayName: 'Update Fields',
			name: 'accountUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
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
	],
	simplify: true,
};
