import type { IDataObject } from 'n8n-workflow';

import { toMs } from './cursor';

/**
 * Campaigns that started or finished sending. `GET /campaigns` documents no status or date filter (only
 * `orders[sdate]`, `orders[ldate]`, `filters[seriesid]`), so every poll reads the campaigns and compares each one's
 * `status` with the one seen at the previous poll (kept in static data). Status codes (API.md §6.8, the v1
 * convention): 0 draft, 1 scheduled, 2 sending, 3 paused, 4 stopped, 5 completed.
 */
export const CAMPAIGN_STATUS_LABELS: Record<string, string> = {
	'0': 'draft',
	'1': 'scheduled',
	'2': 'sending',
	'3': 'paused',
	'4': 'stopped',
	'5': 'completed',
};
const STARTED = new Set(['2', '3', '4', '5']);
const FINISHED = '5';

export type CampaignEvent = 'campaign_started' | 'campaign_finished';

export interface CampaignChange {
	event: CampaignEvent;
	record: IDataObject;
	occurredAt: number;
}

/** Status of each campaign seen at the previous poll, by ID. */
export type CampaignStatuses = Record<string, string>;

function statusOf(record: IDataObject): string {
	return String(record.status ?? '').trim();
}

/** When it happened: the send date (started) or last send date (finished) when it is a past date, else now. */
function when(record: IDataObject, field: 'sdate' | 'ldate', now: number): number {
	const at = toMs(record[field]);
	return at !== undefined && at <= now ? at : now;
}

/**
 * The campaigns whose status moved into sending (started) or completed (finished) since `previous`, oldest first.
 * A campaign that went from draft or scheduled straight to completed between two polls (or was created and sent
 * between them) is reported as started, then finished. `previous` undefined (the first poll): nothing is a
 * change, except, when `since` is given, campaigns that started or finished sending since then.
 */
export function campaignChanges(
	records: IDataObject[],
	previous: CampaignStatuses | undefined,
	now: number,
	since?: number,
): { changes: CampaignChange[]; statuses: CampaignStatuses } {
	const statuses: CampaignStatuses = {};
	const changes: CampaignChange[] = [];
	for (const record of records) {
		const id = String(record.id ?? '');
		if (id === '') continue;
		const status = statusOf(record);
		statuses[id] = status;
		if (previous === undefined) {
			if (since === undefined) continue;
			const started = toMs(record.sdate);
			const finished = toMs(record.ldate);
			if (STARTED.has(status) && started !== undefined && started >= since && started <= now) {
				changes.push({ event: 'campaign_started', record, occurredAt: started });
			}
			if (status === FINISHED && finished !== undefined && finished >= since && finished <= now) {
				changes.push({ event: 'campaign_finished', record, occurredAt: finished });
			}
			continue;
		}
		const before = previous[id];
		if (before === status) continue;
		// Sending again after completing (a recurring campaign) is a new start; paused or stopped → sending is not.
		const startedNow =
			STARTED.has(status) && (before === undefined || !STARTED.has(before) || (before === FINISHED && status === '2'));
		if (startedNow) changes.push({ event: 'campaign_started', record, occurredAt: when(record, 'sdate', now) });
		if (status === FINISHED) changes.push({ event: 'campaign_finished', record, occurredAt: when(record, 'ldate', now) });
	}
	changes.sort((a, b) => a.occurredAt - b.occurredAt || (a.event === 'campaign_started' ? -1 : 1));
	return { changes, statuses };
}
