import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { resolveRecordId } from '../../shared/locators/read';
import { rememberResolvedId, resolvedId } from '../../shared/memo/itemState';
import { unwrapList } from '../../shared/output';
import { RECORD_KINDS, type RecordKind } from '../../shared/records/kinds';
import { listRoute, type ListTarget } from '../../shared/routing/routes';
import { contactLocator } from '../contact/shared';
import { dealLocator } from '../deal/shared';

const CONTACT = 'emailActivityFilters.contact';
const DEAL = 'emailActivityFilters.deal';

/** preSend of a filter: the picked record's ID as `queryKey`, kept for the check of each activity. */
function filterIntoQuery(parameter: string, kind: RecordKind, queryKey: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const id = await resolveRecordId(this, parameter, kind);
		rememberResolvedId(this, parameter, id);
		requestOptions.qs = { ...((requestOptions.qs ?? {}) as IDataObject), [queryKey]: id };
		return requestOptions;
	};
}

/** Whether a field the record has (any of `names`) holds `id`; a record without any of them is kept. */
function sameId(record: IDataObject, names: string[], id: string | undefined): boolean {
	if (id === undefined) return true;
	const present = names.filter((name) => record[name] !== undefined && record[name] !== null);
	return present.length === 0 || present.some((name) => String(record[name]) === id);
}

/** Each activity returned is checked to be of the contact and deal asked for (FACTS §2: a filter may be ignored). */
async function emailActivityTarget(context: IExecuteSingleFunctions): Promise<ListTarget> {
	const contact = resolvedId(context, CONTACT);
	const deal = resolvedId(context, DEAL);
	if (contact === undefined && deal === undefined) return {};
	return {
		matches: (record) => sameId(record, ['subscriberid'], contact) && sameId(record, ['dealId', 'd_id'], deal),
	};
}

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many email activities',
		description: 'List emails sent to and received from contacts through ActiveCampaign (e.g. from a deal), optionally of one contact or deal',
		routing: listRoute({ method: 'GET', url: '/emailActivities' }, { postReceive: [unwrapList('emailActivities')], target: emailActivityTarget }),
	},
	fields: [
		...returnAllAndLimit('emailActivity', 'getAll'),
		{
			displayName: 'Filters',
			name: 'emailActivityFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					...contactLocator,
					required: false,
					description: "Only this contact's email activities",
					routing: { send: { preSend: [filterIntoQuery(CONTACT, RECORD_KINDS.contact, 'filters[subscriberid]')] } },
				},
				{
					...dealLocator,
					required: false,
					description: "Only this deal's email activities",
					routing: { send: { preSend: [filterIntoQuery(DEAL, RECORD_KINDS.deal, 'filters[dealId]')] } },
				},
			],
		},
	],
	simplify: true,
};
