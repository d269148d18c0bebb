import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { resolveRecordId } from '../../shared/locators/read';
import { unwrapList } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, type ListTarget } from '../../shared/routing/routes';

/** The deal's own list of contact links (linked from real deal records: FACTS §2), each checked to be of this deal. */
async function dealLinks(context: IExecuteSingleFunctions): Promise<ListTarget> {
	const deal = await resolveRecordId(context, 'dealContactDeal', RECORD_KINDS.deal);
	return { url: `/deals/${deal}/contactDeals`, matches: (entry) => String(entry.deal) === deal };
}

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many secondary contacts of a deal',
		description: "List a deal's secondary contacts (links with the contact's ID)",
		routing: listRoute(
			{ method: 'GET', url: '/deals/{dealContactDeal}/contactDeals' },
			{ postReceive: [unwrapList('contactDeals')], target: dealLinks },
		),
	},
	fields: [...returnAllAndLimit('dealContact', 'getAll')],
	simplify: true,
};
