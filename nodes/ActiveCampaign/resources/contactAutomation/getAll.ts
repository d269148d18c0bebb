import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { unwrapList } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { takeLimit } from '../../shared/routing/subLists';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many automations of a contact',
		description: 'List the automations a contact is or was in (seriesid is the automation ID; status 1 = in progress, 2 = completed)',
		routing: singleRoute(
			{ method: 'GET', url: '/contacts/{contactAutomationContact}/contactAutomations' },
			{
				preSend: [resolveIds([{ parameter: 'contactAutomationContact', kind: RECORD_KINDS.contact }], '/contacts/{contactAutomationContact}/contactAutomations')],
				postReceive: [unwrapList('contactAutomations'), takeLimit()],
			},
		),
	},
	fields: returnAllAndLimit('contactAutomation', 'getAll'),
	simplify: true,
};
