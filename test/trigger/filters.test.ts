import type { IDataObject } from 'n8n-workflow';

import { dealFilterRejection, hasDealFilters, rememberDeal, stageMatches, type DealMemory } from '../../nodes/ActiveCampaignTrigger/filters';
import { emitted, useDeliveries } from './deliveries';

describe('deal stage filters', () => {
	const delivery = useDeliveries();
	const { activate, api, delivered } = delivery;

	const moveTo = async (dealId: string, stage: string) => await api('PUT', `/deals/${dealId}`, { deal: { stage } });
	const dealIn = (stageId: string) => delivery.sandbox.store.table('deals').find((deal) => deal.stage === stageId && deal.status === '0')!.id;

	it('"To Stage" only passes moves into that stage', async () => {
		await activate({ events: ['deal_update'], dealFilters: { toStage: 'negotiation' } });
		const id = dealIn('1');
		await moveTo(id, '2'); // In Contact: filtered
		await api('PUT', `/deals/${id}`, { deal: { title: 'Renamed' } }); // no move: filtered
		await moveTo(id, '4'); // Negotiation: passes
		await api('PUT', `/deals/${id}`, { deal: { title: 'Renamed again' } }); // already there: filtered
		const all = await delivered(4);
		expect(all.map((call) => call.status)).toEqual([200, 200, 200, 200]);
		expect(all.map((call) => call.items.length)).toEqual([0, 0, 1, 0]);
		expect(all[0].response.webhookResponse).toMatchObject({ triggered: false, reason: expect.stringContaining('not "negotiation"') });
		expect(emitted(all)[0].deal).toMatchObject({ id, stageTitle: 'Negotiation' });
	});

	it('"From Stage" knows where a deal came from (primed at activation, then remembered)', async () => {
		// Moves 2 and 4 produce byte-identical bodies within the same second: keep duplicate suppression out of this test.
		await activate({
			events: ['deal_update'],
			dealFilters: { fromStage: 'Follow Up', toStage: 'Negotiation' },
			options: { duplicateWindow: 0 },
		});
		const fromFollowUp = dealIn('3');
		const fromInContact = dealIn('2');
		// Deliveries may arrive out of order; wait for each before the next move, as real moves are seconds apart.
		await moveTo(fromFollowUp, '4'); // primed: passes
		await delivered(1);
		await moveTo(fromInContact, '4'); // came from In Contact: filtered
		await delivered(2);
		await moveTo(fromInContact, '3'); // into Follow Up: filtered (wrong target) but remembered
		await delivered(3);
		await moveTo(fromInContact, '4'); // now from Follow Up: passes
		const all = await delivered(4);
		expect(all.map((call) => call.items.length)).toEqual([1, 0, 0, 1]);
		// Never seen in Follow Up (priming reads only that stage) and no earlier event: unknown origin, not passed.
		expect(all[1].response.webhookResponse).toMatchObject({ reason: expect.stringContaining('not known') });
		expect(emitted(all).map((item) => (item.deal as IDataObject).id)).toEqual([fromFollowUp, fromInContact]);
	});

	it('"Status Became" passes only the change to won (or lost)', async () => {
		await activate({ events: ['deal_update'], dealFilters: { statusBecame: 'won' } });
		const a = dealIn('1');
		const b = dealIn('2');
		await api('PUT', `/deals/${a}`, { deal: { status: 1 } }); // won: passes
		await api('PUT', `/deals/${a}`, { deal: { title: 'Still won' } }); // already won: filtered
		await api('PUT', `/deals/${b}`, { deal: { status: 2 } }); // lost: filtered
		const all = await delivered(3);
		expect(all.map((call) => call.items.length)).toEqual([1, 0, 0]);
		expect(emitted(all)[0].deal).toMatchObject({ id: a, status: 1, statusLabel: 'won' });
	});
});

describe('filters.ts helpers', () => {
	const update = (deal: IDataObject, updatedFields: string[] = []) => ({ event: 'deal_update', deal, updatedFields });

	it('hasDealFilters: a stage (not blank) or a status', () => {
		expect(hasDealFilters({})).toBe(false);
		expect(hasDealFilters({ toStage: '  ', statusBecame: '' })).toBe(false);
		expect(hasDealFilters({ fromStage: 'Follow Up' })).toBe(true);
		expect(hasDealFilters({ statusBecame: 'won' })).toBe(true);
	});

	it('stageMatches the title in any case, or the ID when the filter is a number', () => {
		expect(stageMatches(' negotiation', '4', 'Negotiation ')).toBe(true);
		expect(stageMatches('4', '4', 'Negotiation')).toBe(true);
		expect(stageMatches('5', '4', 'Negotiation')).toBe(false);
		expect(stageMatches('Follow Up', '4', 'Negotiation')).toBe(false);
		expect(stageMatches('', '4', 'Negotiation')).toBe(true);
	});

	it('dealFilterRejection says why an update does not pass, or nothing when it does', () => {
		const deal = { id: '7', stageId: '4', stageTitle: 'Negotiation', status: 0 };
		expect(dealFilterRejection({ event: 'deal_add', deal }, { toStage: 'Follow Up' }, {})).toBeUndefined();
		expect(dealFilterRejection(update(deal, ['stage']), {}, {})).toBeUndefined();
		expect(dealFilterRejection(update(deal, ['stage']), { toStage: 'negotiation' }, {})).toBeUndefined();
		expect(dealFilterRejection(update(deal, ['stage']), { toStage: 'Follow Up' }, {})).toBe('the deal moved to "Negotiation", not "Follow Up"');
		expect(dealFilterRejection(update(deal, ['title']), { toStage: 'Negotiation' }, {})).toBe('the deal did not change stage');
		expect(dealFilterRejection(update(deal, ['stage']), { fromStage: 'Follow Up' }, {})).toBe(
			'the stage the deal came from is not known (the deal was not seen before)',
		);
		expect(dealFilterRejection(update(deal, ['stage']), { fromStage: 'Follow Up' }, { '7': ['3', 'Follow Up', 0, 1] })).toBeUndefined();
		expect(dealFilterRejection(update(deal, ['stage']), { fromStage: 'Follow Up' }, { '7': ['2', 'In Contact', 0, 1] })).toBe(
			'the deal came from "In Contact", not "Follow Up"',
		);
	});

	it('dealFilterRejection on "Status Became": only the change to that status', () => {
		const won = { id: '7', stageId: '4', stageTitle: 'Negotiation', status: 1 };
		expect(dealFilterRejection(update(won, ['status']), { statusBecame: 'won' }, {})).toBeUndefined();
		expect(dealFilterRejection(update({ ...won, status: 2 }, ['status']), { statusBecame: 'won' }, {})).toBe("the deal's status is not won");
		expect(dealFilterRejection(update(won, ['title']), { statusBecame: 'won' }, { '7': ['4', 'Negotiation', 1, 1] })).toBe('the deal was already won');
	});

	it('rememberDeal keeps the stage and status last seen per deal', () => {
		const memory: DealMemory = {};
		rememberDeal(memory, { id: '7', stageId: '3', stageTitle: 'Follow Up', status: 0 }, 1000);
		rememberDeal(memory, { stageId: '1' }, 1000);
		rememberDeal(memory, undefined, 1000);
		expect(memory).toEqual({ '7': ['3', 'Follow Up', 0, 1000] });
	});
});
