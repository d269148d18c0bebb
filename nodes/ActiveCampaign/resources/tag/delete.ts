import type { OperationDefinition } from '../../shared/descriptions';
import { confirmDeleted } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { tagId } from './shared';

export const deleteTag: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a tag',
		description: 'Delete a tag; contacts lose it',
		routing: singleRoute({ method: 'DELETE', url: '/tags/{tag}' }, { preSend: [tagId], postReceive: [confirmDeleted('tag', 'tag')] }),
	},
};
