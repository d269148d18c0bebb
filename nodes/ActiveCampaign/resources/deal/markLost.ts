import type { OperationDefinition } from '../../shared/descriptions';
import { dealStatusRoute } from './shared';

export const markLost: OperationDefinition = {
	option: {
		name: 'Mark as Lost',
		value: 'markLost',
		action: 'Mark a deal as lost',
		description: 'Set the deal status to lost',
		routing: dealStatusRoute(2),
	},
	simplify: true,
};
