import type { IDataObject } from 'n8n-workflow';

import { apiRequestAllItems, type ApiContext } from '../ActiveCampaign/shared/transport/request';
import { rememberDeal, stageMatches, type DealMemory } from './filters';

const MAX_PRIMED_DEALS = 2000;

/**
 * Remembers the deals now in the "from" stage, so their first move after activation can match "From Stage"
 * (the webhook does not say which stage a deal left).
 */
export async function primeDealMemory(context: ApiContext, fromStage: string, memory: DealMemory): Promise<void> {
	const wanted = fromStage.trim();
	const query: IDataObject = /^\d+$/.test(wanted) ? {} : { 'filters[title]': wanted };
	const stages = (await apiRequestAllItems.call(context, '/dealStages', 'dealStages', query)).filter((stage) =>
		stageMatches(wanted, stage.id, stage.title),
	);
	for (const stage of stages) {
		const deals = await apiRequestAllItems.call(
			context,
			'/deals',
			'deals',
			{ 'filters[stage]': String(stage.id) },
			MAX_PRIMED_DEALS,
		);
		for (const deal of deals) {
			rememberDeal(memory, {
				id: deal.id,
				stageId: String(stage.id),
				stageTitle: String(stage.title ?? ''),
				status: Number(deal.status),
			});
		}
	}
}
