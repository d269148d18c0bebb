import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { connectionId } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get an ecommerce connection',
		description: 'Get a store connection by name or ID',
		routing: singleRoute({ method: 'GET', url: '/connections/{connection}' }, { preSend: [connectionId], postReceive: [unwrapRecord('connection')] }),
	},
	simplify: true,
};
