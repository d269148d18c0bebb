import { useSandbox } from '../../helpers/sandbox';

describe('automation > getAll', () => {
	const ac = useSandbox();

	it('lists every automation, simplified, and raw with a Limit', async () => {
		const all = await ac.run({ resource: 'automation', operation: 'getAll', returnAll: true });
		expect(all.json.map((automation) => automation.name)).toEqual(['Welcome Series', 'Re-engagement', 'Deal Follow-up']);
		const raw = await ac.run({ resource: 'automation', operation: 'getAll', returnAll: false, limit: 1, simplify: false });
		expect(raw.json).toHaveLength(1);
		expect(raw.json[0].links).toBeDefined();
	});
});
