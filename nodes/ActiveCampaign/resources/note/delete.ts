import type { OperationDefinition } from '../../shared/descriptions';
import { confirmDeleted } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { noteId } from './shared';

export const deleteNote: OperationDefinition = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a note',
		description: 'Delete a note',
		routing: singleRoute({ method: 'DELETE', url: '/notes/{note}' }, { preSend: [noteId], postReceive: [confirmDeleted('note', 'note')] }),
	},
};
