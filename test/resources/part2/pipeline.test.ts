import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { bodyOf, errorText, items, rl, sent } from './helpers';

describe('pipeline', () => {
	const ac = useSandbox();

	it('create', async () => {
		const result = await ac.run({
			resource: 'pipeline',
			operation: 'create',
			pipelineTitle: 'Enterprise',
			currency: 'gbp',
			pipelineAdditionalFields: { autoassign: 1, users: '1, 2' },
		});
		expect(bodyOf(ac, 'POST', '/dealGroups')).toEqual({ dealGroup: { title: 'Enterprise', currency: 'gbp', autoassign: 1, users: ['1', '2'] } });
		expect(result.json).toEqual([expect.objectContaining({ id: '3', title: 'Enterprise', currency: 'gbp' })]);
		expect(result.json[0].links).toBeUndefined();
	});

	it('get by title, getAll with filter, update, delete', async () => {
		const got = await ac.run({ resource: 'pipeline', operation: 'get', pipeline: rl('partnerships', 'name') });
		expect(sent(ac, 'GET', '/dealGroups/2')).toHaveLength(1);
		expect(got.json[0]).toMatchObject({ id: '2', title: 'Partnerships', stages: ['5', '6', '7'] });
		expect(got.json[0].dealStages).toBeUndefined();
		const all = await ac.run({ resource: 'pipeline', operation: 'getAll', returnAll: false, limit: 10, pipelineFilters: { title: 'Sales' } });
		expect(sent(ac, 'GET', '/dealGroups').at(-1)?.query).toMatchObject({ 'filters[title]': 'Sales', limit: '10' });
		expect(all.json.map((pipeline) => pipeline.title)).toEqual(['Sales Pipeline']);
		const updated = await ac.run({ resource: 'pipeline', operation: 'update', pipeline: rl('2'), pipelineUpdateFields: { title: 'Partners', currency: 'eur' } });
		expect(bodyOf(ac, 'PUT', '/dealGroups/2')).toEqual({ dealGroup: { title: 'Partners', currency: 'eur' } });
		expect(updated.json[0]).toMatchObject({ title: 'Partners', currency: 'eur' });
		const deleted = await ac.run({ resource: 'pipeline', operation: 'delete', pipeline: rl('Partners', 'name') });
		expect(deleted.json).toEqual([{ deleted: true, pipeline: '2' }]);
	});

	it('bad input: unknown name, unknown ID, Continue On Fail', async () => {
		expect(errorText(await ac.run({ resource: 'pipeline', operation: 'get', pipeline: rl('Nope', 'name') }))).toContain('No pipeline named "Nope"');
		await expect(ac.run({ resource: 'pipeline', operation: 'get', pipeline: rl('abc') })).rejects.toThrow(/Not a valid pipeline ID/);
		const result = await ac.run(
			{ resource: 'pipeline', operation: 'get', pipeline: rl('={{ $json.id }}') },
			{ input: items('404', '1'), settings: continueOnFail },
		);
		expect(String(result.json[0].error)).toContain('pipeline 404 was not found');
		expect(result.json[1]).toMatchObject({ id: '1' });
	});
});
