import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { unwrapList } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { takeLimit } from '../../shared/routing/subLists';

const contactId = resolveIds([{ parameter: 'contactListContact', kind: RECORD_KINDS.contact }], '/contacts/{contactListContact}/contactLists');

/** `/contacts/{id}/contactLists` has no status filter: applied to the answer. */
async function filterMembershipStatus(this: IExecuteSingleFunctions, items: INodeExecutionData[]) {
	const status = (this.getNodeParameter('contactListFilters', {}) as { status?: string }).status;
	if (status === undefined || status === '') return items;
	return items.filter((item) => String(item.json.status) === String(status));
}

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many list memberships of a contact',
		description: 'List the lists a contact is on, with the status on each',
		routing: singleRoute(
			{ method: 'GET', url: '/contacts/{contactListContact}/contactLists' },
			{ preSend: [contactId], postReceive: [unwrapList('contactLists'), filterMembershipStatus, takeLimit()] },
		),
	},
	fields: [
		...returnAllAndLimit('contactList', 'getAll'),
		{
			displayName: 'Filters',
			name: 'contactListFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: [
						{ name: 'Active', value: '1' },
						{ name: 'Bounced', value: '3' },
						{ name: 'Unconfirmed', value: '0' },
						{ name: 'Unsubscribed', value: '2' },
					],
					default: '1',
					description: 'Only memberships with this status',
				},
			],
		},
	],
	simplify: true,
};
