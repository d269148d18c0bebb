import type { OperationDefinition } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { formLocator } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a form',
		description: 'Get a form by name or ID, with its fields, actions and number of entries',
		routing: singleRoute(
			{ method: 'GET', url: '/forms/{form}' },
			{ preSend: [resolveIds([{ parameter: 'form', kind: RECORD_KINDS.form }], '/forms/{form}')], postReceive: [unwrapRecord('form')] },
		),
	},
	fields: [formLocator],
	simplify: true,
};
