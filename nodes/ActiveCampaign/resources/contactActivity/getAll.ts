import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { describeValue, failItem } from '../../shared/errors/failItem';
import { returnAllAndLimit, SORT_DIRECTION_OPTIONS, type OperationDefinition } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { resolveRecordId } from '../../shared/locators/read';
import { rememberResolvedId, resolvedId } from '../../shared/memo/itemState';
import { unwrapList } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, type ListTarget } from '../../shared/routing/routes';

interface ActivityFilters {
	after?: string;
	before?: string;
	emails?: boolean;
	sortDirection?: string;
}

/** A date filter's value as a time, or the item fails naming the filter. */
function filterTime(context: IExecuteSingleFunctions, value: unknown, filterName: string): number | undefined {
	if (value === undefined || value === null || String(value).trim() === '') return undefined;
	const time = Date.parse(String(value));
	if (Number.isNaN(time)) {
		failItem(context, `The filter "${filterName}" must be a date and time, got ${describeValue(value)}`, 'Use a date such as 2026-07-01 or 2026-07-01T09:30:00Z.');
	}
	return time;
}

/** preSend: the contact's ID and the documented query (`contact`, `after`, `emails`, `orders[tstamp]`). */
async function activityQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const contact = await resolveRecordId(this, 'contactActivityContact', RECORD_KINDS.contact);
	rememberResolvedId(this, 'contactActivityContact', contact);
	const filters = this.getNodeParameter('contactActivityFilters', {}) as ActivityFilters;
	filterTime(this, filters.after, 'After');
	filterTime(this, filters.before, 'Before');
	const query: IDataObject = { ...((requestOptions.qs ?? {}) as IDataObject), contact };
	if (filters.after) query.after = String(filters.after);
	if (filters.emails) query.emails = true;
	if (filters.sortDirection) query['orders[tstamp]'] = filters.sortDirection;
	requestOptions.qs = query;
	return requestOptions;
}

/**
 * The server filters by contact and `after`; every activity is still checked to be the contact's and after that
 * time (FACTS §2), and Before is applied here (the API has no such filter), all on the activity's `tstamp`.
 */
async function activityTarget(context: IExecuteSingleFunctions): Promise<ListTarget> {
	const contact = resolvedId(context, 'contactActivityContact');
	const filters = context.getNodeParameter('contactActivityFilters', {}) as ActivityFilters;
	const after = filterTime(context, filters.after, 'After');
	const before = filterTime(context, filters.before, 'Before');
	return {
		matches: (record) => {
			const owner = record.subscriberid;
			if (contact !== undefined && owner !== undefined && owner !== null && String(owner) !== contact) return false;
			if (after === undefined && before === undefined) return true;
			const at = Date.parse(String(record.tstamp ?? ''));
			if (Number.isNaN(at)) return false;
			return (after === undefined || at > after) && (before === undefined || at < before);
		},
	};
}

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: "Get many activities of a contact",
		description: "List a contact's activity feed (emails, opens, clicks, notes, list and deal changes...), optionally between two dates",
		routing: listRoute({ method: 'GET', url: '/activities' }, { preSend: [activityQuery], postReceive: [unwrapList('activities')], target: activityTarget }),
	},
	fields: [
		recordLocator({
			name: 'contactActivityContact',
			displayName: 'Contact',
			kind: RECORD_KINDS.contact,
			byText: 'email',
			description: 'The contact whose activity to list, picked from the list, by ID, or by email',
		}),
		...returnAllAndLimit('contactActivity', 'getAll'),
		{
			displayName: 'Filters',
			name: 'contactActivityFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'After',
					name: 'after',
					type: 'dateTime',
					default: '',
					description: 'Only activities after this date and time',
				},
				{
					displayName: 'Before',
					name: 'before',
					type: 'dateTime',
					default: '',
					description: 'Only activities before this date and time (checked by the node: the API has no such filter)',
				},
				{
					displayName: 'Include Email Data',
					name: 'emails',
					type: 'boolean',
					default: false,
					description: 'Whether activities carry the data of the emails they are about',
				},
				{
					displayName: 'Sort Direction',
					name: 'sortDirection',
					type: 'options',
					options: SORT_DIRECTION_OPTIONS,
					default: 'DESC',
					description: 'Order of the activities by time',
				},
			],
		},
	],
	simplify: true,
};
