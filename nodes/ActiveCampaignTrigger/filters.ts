import type { IDataObject } from 'n8n-workflow';

/**
 * Deal stage filters for `deal_update`. ActiveCampaign has no stage-change event: a move arrives as
 * `deal_update` with `updated_fields[…]=stage` and the deal's *new* stage. The previous stage is not in the
 * payload, so the node remembers the last stage and status it saw per deal (in the node's static data,
 * primed with the deals sitting in the "from" stage when the webhook is registered).
 */

export interface DealFilters {
	fromStage?: string;
	toStage?: string;
	/** '' (any), 'won' or 'lost'. */
	statusBecame?: string;
}

/** Last known state of a deal: [stageId, stageTitle, status, seenAt]. */
export type DealMemoryEntry = [string, string, number | null, number];
export type DealMemory = Record<string, DealMemoryEntry>;

const MAX_REMEMBERED_DEALS = 5000;
const STATUS_CODES: Record<string, number> = { open: 0, won: 1, lost: 2 };

export function hasDealFilters(filters: DealFilters): boolean {
	return Boolean(filters.fromStage?.trim() || filters.toStage?.trim() || filters.statusBecame);
}

/** A stage filter matches the stage's title (any case) or, when it is a number, its ID. */
export function stageMatches(wanted: string, stageId: unknown, stageTitle: unknown): boolean {
	const target = wanted.trim().toLowerCase();
	if (target === '') return true;
	if (/^\d+$/.test(target) && String(stageId ?? '') === target) return true;
	return String(stageTitle ?? '').trim().toLowerCase() === target;
}

export function rememberDeal(memory: DealMemory, deal: IDataObject | undefined, now = Date.now()): void {
	const id = deal?.id;
	if (id === undefined || id === null || id === '') return;
	const status = typeof deal?.status === 'number' ? deal.status : null;
	memory[String(id)] = [String(deal?.stageId ?? ''), String(deal?.stageTitle ?? ''), status, now];
	const ids = Object.keys(memory);
	if (ids.length > MAX_REMEMBERED_DEALS) {
		ids
			.sort((a, b) => memory[a][3] - memory[b][3])
			.slice(0, ids.length - MAX_REMEMBERED_DEALS)
			.forEach((old) => delete memory[old]);
	}
}

/**
 * Why a `deal_update` does not pass the filters, or undefined when it passes. `memory` holds the state
 * before this event (update it afterwards with rememberDeal).
 */
export function dealFilterRejection(item: IDataObject, filters: DealFilters, memory: DealMemory): string | undefined {
	if (item.event !== 'deal_update' || !hasDealFilters(filters)) return undefined;
	const deal = (item.deal as IDataObject | undefined) ?? {};
	const previous = memory[String(deal.id ?? '')];
	const updated = Array.isArray(item.updatedFields) ? (item.updatedFields as string[]) : [];
	const told = updated.length > 0;

	if (filters.fromStage?.trim() || filters.toStage?.trim()) {
		// Evidence of a move: ActiveCampaign lists `stage` in updated_fields, or the remembered stage differs.
		const stageChanged =
			updated.includes('stage') || (previous !== undefined && previous[0] !== String(deal.stageId ?? ''));
		if (!stageChanged && (told || previous !== undefined)) return 'the deal did not change stage';
		if (filters.toStage?.trim() && !stageMatches(filters.toStage, deal.stageId, deal.stageTitle)) {
			return `the deal moved to "${String(deal.stageTitle ?? deal.stageId ?? '')}", not "${filters.toStage.trim()}"`;
		}
		if (filters.fromStage?.trim()) {
			if (previous === undefined) return 'the stage the deal came from is not known (the deal was not seen before)';
			if (!stageMatches(filters.fromStage, previous[0], previous[1])) {
				return `the deal came from "${previous[1] || previous[0]}", not "${filters.fromStage.trim()}"`;
			}
		}
	}
	if (filters.statusBecame) {
		const wanted = STATUS_CODES[filters.statusBecame];
		if (deal.status !== wanted) return `the deal's status is not ${filters.statusBecame}`;
		const statusChanged = updated.includes('status') || (previous !== undefined ? previous[2] !== wanted : !told);
		if (!statusChanged) return `the deal was already ${filters.statusBecame}`;
	}
	return undefined;
}
