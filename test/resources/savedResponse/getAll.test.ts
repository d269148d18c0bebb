import { sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('savedResponse > getAll', () => {
	const ac = useSandbox();

	it('lists saved responses, one item per response', async () => {
		const result = await ac.run({ resource: 'savedResponse', operation: 'getAll', returnAll: true });
		expect(result.json.map((response) => response.title)).toEqual(['Follow-up', 'Pricing']);
		expect(sent(ac, 'GET', '/savedResponses')[0].query).toMatchObject({ limit: '100', offset: '0' });
	});

	it('Limit returns that many', async () => {
		const result = await ac.run({ resource: 'savedResponse', operation: 'getAll', limit: 1 });
		expect(result.json.map((response) => response.title)).toEqual(['Follow-up']);
	});
});
