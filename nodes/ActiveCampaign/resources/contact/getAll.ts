import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, SORT_DIRECTION_OPTIONS, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { locatorIntoQuery, sortIntoQuery } from '../../shared/routing/query';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute } from '../../shared/routing/routes';
import { listLocator } from '../list/shared';
import { tagLocator } from '../tag/shared';

function dateFilter(displayName: string, name: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'dateTime',
		default: '',
		description,
		routing: { send: { type: 'query', property: `filters[${name}]` } },
	};
}

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many contacts',
		description: 'List contacts, filtered by text, email, list, tag, segment, automation or date',
		routing: listRoute({ method: 'GET', url: '/contacts' }, { postReceive: [unwrapList('contacts')], keyset: true }),
	},
	fields: [
		...returnAllAndLimit('contact', 'getAll'),
		{
			displayName: 'Filters',
			name: 'contactFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Automation ID',
					name: 'seriesid',
					type: 'string',
					default: '',
					placeholder: 'e.g. 3',
					description: 'Only contacts in the automation with this ID',
					routing: { send: { type: 'query', property: 'seriesid' } },
				},
				dateFilter('Created After', 'created_after', 'Only contacts created after this date and time'),
				dateFilter('Created Before', 'created_before', 'Only contacts created before this date and time'),
				{
					displayName: 'Email',
					name: 'email',
					type: 'string',
					placeholder: 'name@email.com',
					default: '',
					description: 'Only the contact with exactly this email address',
					routing: { send: { type: 'query', property: 'email' } },
				},
				{
					displayName: 'Email Contains',
					name: 'email_like',
					type: 'string',
					default: '',
					placeholder: 'e.g. @example.com',
					description: 'Only contacts whose email address contains this text',
					routing: { send: { type: 'query', property: 'email_like' } },
				},
				{
					...listLocator,
					required: false,
					description: 'Only contacts on this list (see List Status)',
					routing: { send: { preSend: [locatorIntoQuery('contactFilters.list', RECORD_KINDS.list, 'listid')] } },
				},
				{
					displayName: 'List Status',
					name: 'status',
					type: 'options',
					options: [
						{ name: 'Active', value: 1 },
						{ name: 'Any', value: -1 },
						{ name: 'Bounced', value: 3 },
						{ name: 'Unconfirmed', value: 0 },
						{ name: 'Unsubscribed', value: 2 },
					],
					default: -1,
					description: 'Only contacts with this status on the list chosen in List',
					routing: { send: { type: 'query', property: 'status' } },
				},
				{
					displayName: 'Phone Starts With',
					name: 'phone',
					type: 'string',
					default: '',
					description: 'Only contacts whose phone number starts with this text',
					routing: { send: { type: 'query', property: 'phone' } },
				},
				{
					displayName: 'Search',
					name: 'search',
					type: 'string',
					default: '',
					description: 'Only contacts whose name, email, phone or organization contains this text',
					routing: { send: { type: 'query', property: 'search' } },
				},
				{
					displayName: 'Segment ID',
					name: 'segmentid',
					type: 'string',
					default: '',
					placeholder: 'e.g. 7',
					description: 'Only contacts in the segment with this ID',
					routing: { send: { type: 'query', property: 'segmentid' } },
				},
				{
					displayName: 'Sort By',
					name: 'sortBy',
					type: 'options',
					options: [
						{ name: 'Created Date', value: 'cdate' },
						{ name: 'Email', value: 'email' },
						{ name: 'First Name', value: 'first_name' },
						{ name: 'ID', value: 'id' },
						{ name: 'Last Name', value: 'last_name' },
						{ name: 'Name', value: 'name' },
					],
					default: 'cdate',
					description: 'The order of the contacts returned',
					routing: { send: { preSend: [sortIntoQuery('contactFilters.sortBy', 'contactFilters.sortDirection')] } },
				},
				{
					displayName: 'Sort Direction',
					name: 'sortDirection',
					type: 'options',
					options: SORT_DIRECTION_OPTIONS,
					default: 'ASC',
					description: 'The direction of Sort By (used only with Sort By)',
				},
				{
					...tagLocator,
					required: false,
					description: 'Only contacts that have this tag',
					routing: { send: { preSend: [locatorIntoQuery('contactFilters.tag', RECORD_KINDS.tag, 'tagid')] } },
				},
				dateFilter('Updated After', 'updated_after', 'Only contacts changed after this date and time (for incremental syncs)'),
				dateFilter('Updated Before', 'updated_before', 'Only contacts changed before this date and time'),
			],
		},
	],
	simplify: true,
};
