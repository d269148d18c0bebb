import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { noteId } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a note',
		description: 'Get a note by ID',
		routing: singleRoute({ method: 'GET', url: '/notes/{note}' }, { preSend: [noteId], postReceive: [unwrapRecord('note')] }),
	},
	simplify: true,
};
