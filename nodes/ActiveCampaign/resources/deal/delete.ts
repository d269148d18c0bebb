import type { OperationDefinition } from '../../shared/descriptions';
import { confirmDeleted } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { dealId } from './shared';

export const deleteDeal: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a deal',
		description: 'Delete a deal with its notes and tasks',
		routing: singleRoute({ method: 'DELETE', url: '/deals/{deal}' }, { preSend: [dealId], postReceive: [confirmDeleted('deal', 'deal')] }),
	},
};
