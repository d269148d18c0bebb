import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { bodyOf, errorText, items, rl, sent } from './helpers';

describe('stage', () => {
	const ac = useSandbox();

	it('create in a pipeline chosen by name', async () => {
		const result = await ac.run({
			resource: 'stage',
			operation: 'create',
			stageTitle: 'Closing',
			stagePipeline: rl('Partnerships', 'name'),
			stageAdditionalFields: { color: '#32B0FC', order: 4 },
		});
		expect(bodyOf(ac, 'POST', '/dealStages')).toEqual({ dealStage: { title: 'Closing', group: '2', color: '32B0FC', order: 4 } });
		expect(result.json[0]).toMatchObject({ title: 'Closing', group: '2' });
	});

	it('getAll of a pipeline sends filters[d_groupid]', async () => {
		const result = await ac.run({ resource: 'stage', operation: 'getAll', stagePipeline: rl('2'), returnAll: true });
		expect(sent(ac, 'GET', '/dealStages')[0].query).toMatchObject({ 'filters[d_groupid]': '2' });
		expect(result.json.map((stage) => stage.title)).toEqual(['To Contact', 'In Contact', 'Follow Up']);
	});

	it('get by a unique title, update, delete', async () => {
		const got = await ac.run({ resource: 'stage', operation: 'get', stage: rl('Negotiation', 'name') });
		expect(got.json[0]).toMatchObject({ id: '4', title: 'Negotiation' });
		const updated = await ac.run({ resource: 'stage', operation: 'update', stage: rl('4'), stageUpdateFields: { title: 'Negotiating', width: 300 } });
		expect(bodyOf(ac, 'PUT', '/dealStages/4')).toEqual({ dealStage: { title: 'Negotiating', width: 300 } });
		expect(updated.json[0]).toMatchObject({ title: 'Negotiating' });
		const deleted = await ac.run({ resource: 'stage', operation: 'delete', stage: rl('4') });
		expect(sent(ac, 'DELETE', '/dealStages/4')).toHaveLength(1);
		expect(deleted.json).toEqual([{ deleted: true, stage: '4' }]);
	});

	it('moveDeals moves every deal of a stage to a stage of the same pipeline', async () => {
		const before = ac.sandbox.store.t('deals').where((deal) => deal.stage === '2').length;
		const result = await ac.run({ resource: 'stage', operation: 'moveDeals', stage: rl('2'), targetStage: rl('Follow Up', 'name') });
		expect(bodyOf(ac, 'PUT', '/dealStages/2/deals')).toEqual({ deal: { stage: '3' } });
		expect(result.json).toHaveLength(before);
		for (const deal of result.json) expect(deal).toMatchObject({ stage: '3', valueAmount: expect.any(Number) });
	});

	it('bad input: a title shared by pipelines, a target in another pipeline, unknown ID with Continue On Fail', async () => {
		expect(errorText(await ac.run({ resource: 'stage', operation: 'get', stage: rl('To Contact', 'name') }))).toContain(
			'Several pipelines have a stage named "To Contact"',
		);
		expect(errorText(await ac.run({ resource: 'stage', operation: 'moveDeals', stage: rl('2'), targetStage: rl('6') }))).toContain(
			'The stage "6" is not in pipeline 1',
		);
		const result = await ac.run(
			{ resource: 'stage', operation: 'get', stage: rl('={{ $json.id }}') },
			{ input: items('1', '999'), settings: continueOnFail },
		);
		expect(result.json[0]).toMatchObject({ id: '1' });
		expect(String(result.json[1].error)).toContain('stage 999 was not found');
	});
});
