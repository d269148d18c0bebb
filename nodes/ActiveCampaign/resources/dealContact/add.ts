import type { OperationDefinition } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';

const dealAndContact = resolveIds([
	{ parameter: 'dealContactDeal', kind: RECORD_KINDS.deal, bodyPath: 'contactDeal.deal' },
	{ parameter: 'dealContactContact', kind: RECORD_KINDS.contact, bodyPath: 'contactDeal.contact' },
]);

export const add: OperationDefinition = {
	option: {
		name: 'Add',
		value: 'add',
		action: 'Add a secondary contact to a deal',
		description: 'Link another contact to a deal, besides its primary contact',
		routing: singleRoute({ method: 'POST', url: '/contactDeals' }, { preSend: [dealAndContact], postReceive: [unwrapRecord('contactDeal')] }),
	},
	simplify: true,
};
