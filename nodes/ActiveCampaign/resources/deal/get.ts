import type { OperationDefinition } from '../../shared/descriptions';
import { singleRoute } from '../../shared/routing/routes';
import { dealId, oneDeal } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a deal',
		description: 'Get a deal by ID or title; the output adds valueAmount (value in currency units)',
		routing: singleRoute({ method: 'GET', url: '/deals/{deal}' }, { preSend: [dealId], postReceive: oneDeal }),
	},
	simplify: true,
};
