import type { OperationDefinition } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Add a note to a deal',
		description: 'Add a note to a deal',
		routing: singleRoute(
			{ method: 'POST', url: '/deals/{dealNoteDeal}/notes' },
			{ preSend: [resolveIds([{ parameter: 'dealNoteDeal', kind: RECORD_KINDS.deal }], '/deals/{dealNoteDeal}/notes')], postReceive: [unwrapRecord('note')] },
		),
	},
	simplify: true,
};
