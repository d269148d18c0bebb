import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';

export const contactListGetAllFields: INodeProperties[] = [
	...returnAllAndLimit('contactList', 'getAll'),
	{
		displayName: 'Filters',
		name: 'contactListFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('contactList', ['getAll']),
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
];

/** `/contacts/{id}/contactLists` has no status filter: applied to the answer. */
export async function filterMembershipStatus(this: IExecuteSingleFunctions, items: INodeExecutionData[]) {
	const status = (this.getNodeParameter('contactListFilters', {}) as { status?: string }).status;
	if (status === undefined || status === '') return items;
	return items.filter((item) => String(item.json.status) === String(status));
}
