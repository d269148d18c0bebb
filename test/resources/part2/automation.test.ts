import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { errorText, items, rl, sent } from './helpers';

describe('automation', () => {
	const ac = useSandbox();

	it('get by name and getAll', async () => {
		const got = await ac.run({ resource: 'automation', operation: 'get', automation: rl('Re-engagement', 'name') });
		expect(sent(ac, 'GET', '/automations/2')).toHaveLength(1);
		expect(got.json).toEqual([expect.objectContaining({ id: '2', name: 'Re-engagement' })]);
		expect(got.json[0].links).toBeUndefined();
		const all = await ac.run({ resource: 'automation', operation: 'getAll', returnAll: true });
		expect(all.json.map((automation) => automation.name)).toEqual(['Welcome Series', 'Re-engagement', 'Deal Follow-up']);
		const raw = await ac.run({ resource: 'automation', operation: 'getAll', returnAll: false, limit: 1, simplify: false });
		expect(raw.json).toHaveLength(1);
		expect(raw.json[0].links).toBeDefined();
	});

	it('bad input: unknown name, unknown ID with Continue On Fail', async () => {
		expect(errorText(await ac.run({ resource: 'automation', operation: 'get', automation: rl('Nope', 'name') }))).toContain('No automation named "Nope"');
		const result = await ac.run(
			{ resource: 'automation', operation: 'get', automation: rl('={{ $json.id }}') },
			{ input: items('1', '77'), settings: continueOnFail },
		);
		expect(result.json[0]).toMatchObject({ id: '1' });
		expect(String(result.json[1].error)).toContain('automation 77 was not found');
	});
});
