import { sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('tag > getAll', () => {
	const ac = useSandbox();

	it('lists tags with a search, one item per tag', async () => {
		const result = await ac.run({ resource: 'tag', operation: 'getAll', returnAll: true, tagFilters: { search: 'e' } });
		expect(sent(ac, 'GET', '/tags')[0].query).toMatchObject({ search: 'e', limit: '100', offset: '0' });
		expect(result.json.map((tag) => tag.tag)).toEqual(['customer', 'lead', 'newsletter', 'webinar-2026']);
	});
});
