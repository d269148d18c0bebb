import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { optionalRecordId } from '../../shared/locators/read';
import { unwrapList, type PostReceiveFunction } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, type ListTarget } from '../../shared/routing/routes';

const CONTACT_PARAMETER = 'scoreFilters.contact';

/**
 * With a contact, its score values (`GET /contacts/{id}/scoreValues`, documented), each checked to be the contact's;
 * else the account's scores (`GET /scores`).
 */
async function scoreListTarget(context: IExecuteSingleFunctions): Promise<ListTarget> {
	const contact = await optionalRecordId(context, CONTACT_PARAMETER, RECORD_KINDS.contact);
	if (contact === undefined) return {};
	return {
		url: `/contacts/${contact}/scoreValues`,
		matches: (record) => record.contact === undefined || record.contact === null || String(record.contact) === contact,
	};
}

const scores = unwrapList('scores');
const scoreValues = unwrapList('scoreValues');

/** One item per score, or per score value when a contact was given. */
const unwrapScoresOrValues: PostReceiveFunction = async function (this, items, response) {
	const body = (response?.body ?? {}) as { scoreValues?: unknown };
	return Array.isArray(body.scoreValues) ? await scoreValues.call(this, items, response) : await scores.call(this, items, response);
};

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many lead scores',
		description: "List the account's lead scores, or one contact's score values",
		routing: listRoute({ method: 'GET', url: '/scores' }, { postReceive: [unwrapScoresOrValues], target: scoreListTarget }),
	},
	fields: [
		...returnAllAndLimit('score', 'getAll'),
		{
			displayName: 'Filters',
			name: 'scoreFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					...recordLocator({ name: 'contact', displayName: 'Contact', kind: RECORD_KINDS.contact, byText: 'email', required: false }),
					description:
						"Instead of the scores, list this contact's score values: one item per score, with `score` (its ID) and `scoreValue` (the contact's points)",
				},
			],
		},
	],
	simplify: true,
};
