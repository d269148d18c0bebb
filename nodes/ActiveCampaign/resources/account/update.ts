import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { accountFieldTitles } from '../../shared/output/fieldTitles';
import { singleRoute } from '../../shared/routing/routes';
import { accountDetailOptions, accountId } from './shared';

async function accountBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = (requestOptions.body ?? {}) as IDataObject;
	if (typeof body.account !== 'object' || body.account === null) body.account = {};
	requestOptions.body = body;
	return requestOptions;
}

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update an account',
		description: "Rename an account or change its website, owner or custom field values",
		routing: singleRoute(
			{ method: 'PUT', url: '/accounts/{account}' },
			{ preSend: [accountId, accountBody, accountFieldTitles('accountCustomFields')], postReceive: [unwrapRecord('account')] },
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
