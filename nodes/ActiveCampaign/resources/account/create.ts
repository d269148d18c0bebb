import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { accountFieldTitles } from '../../shared/output/fieldTitles';
import { singleRoute } from '../../shared/routing/routes';
import { accountDetailOptions } from './shared';

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create an account',
		description: 'Create an account (company), with its owner and custom field values',
		routing: singleRoute({ method: 'POST', url: '/accounts' }, { preSend: [accountFieldTitles('accountCustomFields')], postReceive: [unwrapRecord('account')] }),
	},
	fields: [
		{
			displayName: 'Name',
			name: 'accountName',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. Acme Inc.',
			description: 'The name of the account (company); must be unique',
			routing: { send: { type: 'body', property: 'account.name' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'accountAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: accountDetailOptions('accountAdditionalFields'),
		},
	],
	simplify: true,
};
