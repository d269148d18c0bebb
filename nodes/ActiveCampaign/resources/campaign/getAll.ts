import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor, SORT_DIRECTION_OPTIONS } from '../../shared/descriptions';
import { automationLocator } from '../automation/shared';

export const campaignGetAllFields: INodeProperties[] = [
	...returnAllAndLimit('campaign', 'getAll'),
	...returnAllAndLimit('campaign', 'getLinks'),
	{
		displayName: 'Filters',
		name: 'campaignFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('campaign', ['getAll']),
		options: [
			{ ...automationLocator, required: false, description: 'Only campaigns sent by this automation' },
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
				options: SORT_DIRECTION_OPTIONS,
				default: 'DESC',
			},
		],
	},
];
