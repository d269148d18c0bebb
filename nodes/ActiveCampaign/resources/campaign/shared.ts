import type { IDataObject } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { resolveIds } from '../../shared/locators/read';
import { enrichRecords } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';

export const campaignLocator = recordLocator({
	name: 'campaign',
	displayName: 'Campaign',
	kind: RECORD_KINDS.campaign,
	searchListMethod: 'searchCampaigns',
	byText: 'name',
	description: 'The campaign, picked from the list, by ID, or by its name',
});

/** The campaign picker of every operation on one campaign. */
export const campaignSharedFields = [{ ...campaignLocator, displayOptions: showFor('campaign', ['get', 'getLinks', 'duplicate', 'delete']) }];

/** preSend: the picked campaign's ID into the operation's URL. */
export const campaignId = (template: string) => resolveIds([{ parameter: 'campaign', kind: RECORD_KINDS.campaign }], template);

const count = (value: unknown): number => {
	const number = Number(value ?? 0);
	return Number.isFinite(number) ? number : 0;
};

const percent = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 10000) / 100 : 0);

/**
 * The report counters under clear names, next to the API's own fields: sends (`send_amt`), opens, uniqueOpens,
 * clicks (`linkclicks`), uniqueClicks, bounces (hard + soft), unsubscribes, and openRate / clickRate as
 * percentages of sends (unique opens / sends, unique clicks / sends).
 */
export function addCampaignReport(record: IDataObject): void {
	if (!('send_amt' in record)) return;
	const sends = count(record.send_amt);
	const uniqueOpens = count(record.uniqueopens);
	const uniqueClicks = count(record.uniquelinkclicks);
	Object.assign(record, {
		sends,
		recipients: count(record.total_amt),
		opens: count(record.opens),
		uniqueOpens,
		clicks: count(record.linkclicks),
		uniqueClicks,
		hardBounces: count(record.hardbounces),
		softBounces: count(record.softbounces),
		bounces: count(record.hardbounces) + count(record.softbounces),
		unsubscribes: count(record.unsubscribes),
		forwards: count(record.forwards),
		replies: count(record.replies),
		openRate: percent(uniqueOpens, sends),
		clickRate: percent(uniqueClicks, sends),
	});
}

/** postReceive of Get, before unwrapRecord (Simplify keeps the counters, not the API's fields they come from). */
export const campaignReport = enrichRecords('campaign', addCampaignReport);

/** The same for each record of a Get Many page, before unwrapList. */
export const campaignListReport = enrichRecords('campaigns', addCampaignReport);
