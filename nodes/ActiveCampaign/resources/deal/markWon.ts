import type { OperationDefinition } from '../../shared/descriptions';
import { dealStatusRoute } from './shared';

export const markWon: OperationDefinition = {
	option: {
		name: 'Mark as Won',
		value: 'markWon',
		action: 'Mark a deal as won',
		description: 'Set the deal status to won',
		routing: dealStatusRoute(1),
	},
	simplify: true,
};
