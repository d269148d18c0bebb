import type { OperationDefinition } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { scoreLocator } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a lead score',
		description: 'Get a lead score (its name, description, and whether it scores contacts or deals) by name or ID',
		routing: singleRoute(
			{ method: 'GET', url: '/scores/{score}' },
			{ preSend: [resolveIds([{ parameter: 'score', kind: RECORD_KINDS.score }], '/scores/{score}')], postReceive: [unwrapRecord('score')] },
		),
	},
	fields: [scoreLocator],
	simplify: true,
};
