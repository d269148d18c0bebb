import { sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('pipeline > getAll', () => {
	const ac = useSandbox();

	it('getAll with a filter', async () => {
		const all = await ac.run({ resource: 'pipeline', operation: 'getAll', returnAll: false, limit: 10, pipelineFilters: { title: 'Sales' } });
		expect(sent(ac, 'GET', '/dealGroups').at(-1)?.query).toMatchObject({ 'filters[title]': 'Sales', limit: '10' });
		expect(all.json.map((pipeline) => pipeline.title)).toEqual(['Sales Pipeline']);
	});
});
