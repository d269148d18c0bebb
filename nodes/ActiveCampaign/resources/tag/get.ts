import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { tagId } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a tag',
		description: 'Get a tag by name or ID',
		routing: singleRoute({ method: 'GET', url: '/tags/{tag}' }, { preSend: [tagId], postReceive: [unwrapRecord('tag')] }),
	},
	simplify: true,
};
