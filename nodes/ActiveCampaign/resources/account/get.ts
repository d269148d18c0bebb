import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { accountId } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get an account',
		description: 'Get an account by name or ID',
		routing: singleRoute({ method: 'GET', url: '/accounts/{account}' }, { preSend: [accountId], postReceive: [unwrapRecord('account')] }),
	},
	simplify: true,
};
