import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';

export const getMe: OperationDefinition = {
	option: {
		name: 'Get Current User',
		value: 'getMe',
		action: 'Get the current user',
		description: 'Get the user whose API token the credential uses',
		routing: singleRoute({ method: 'GET', url: '/users/me' }, { postReceive: [unwrapRecord('user')] }),
	},
	simplify: true,
};
