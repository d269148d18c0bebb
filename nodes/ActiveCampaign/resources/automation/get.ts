import type { OperationDefinition } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { automationLocator } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get an automation',
		description: 'Get an automation by name or ID, with how many contacts entered and exited it',
		routing: singleRoute(
			{ method: 'GET', url: '/automations/{automation}' },
			{ preSend: [resolveIds([{ parameter: 'automation', kind: RECORD_KINDS.automation }], '/automations/{automation}')], postReceive: [unwrapRecord('automation')] },
		),
	},
	fields: [automationLocator],
	simplify: true,
};
