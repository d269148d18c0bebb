import type { INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../shared/locators';
import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { RECORD_KINDS } from '../../shared/recordKinds';

export const campaignGetAllFields: INodeProperties[] = [
	...returnAllAndLimit('campaign', 'getAll'),
	...returnAllAndLimit('campaign', 'getLinks'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('campaign', ['getAll']),
		options: [
			recordLocator({
				name: 'automation',
				displayName: 'Automation',
				kind: RECORD_KINDS.automation,
				searchListMethod: 'searchAutomations',
				byText: 'name',
				required: false,
				description: 'Only campaigns sent by this automation',
			}),
			{
				displayName: 'Sort By',
				name: 'sortBy',
				type: 'options',
				options: [
					{ name: 'Last Sent Date', value: 'ldate' },
					{ name: 'Send Date', value: 'sdate' },
				],
				default: 'sdate',
			},
			{
				displayName: 'Sort Direction',
				name: 'sortDirection',
				type: 'options',
				options: [
					{ name: 'Ascending', value: 'ASC' },
					{ name: 'Descending', value: 'DESC' },
				],
				default: 'DESC',
			},
		],
	},
];
