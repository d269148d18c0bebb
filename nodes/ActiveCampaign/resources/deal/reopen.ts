import type { OperationDefinition } from '../../shared/descriptions';
import { dealStatusRoute } from './shared';

export const reopen: OperationDefinition = {
	option: {
		name: 'Reopen',
		value: 'reopen',
		action: 'Reopen a deal',
		description: 'Set a won or lost deal back to open',
		routing: dealStatusRoute(0),
	},
	simplify: true,
};
