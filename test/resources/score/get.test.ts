import { rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('score > get', () => {
	const ac = useSandbox();

	it('gets a lead score by name or ID', async () => {
		const byName = await ac.run({ resource: 'score', operation: 'get', score: rl('Deal Fit', 'name') });
		expect(byName.json).toEqual([expect.objectContaining({ id: '2', name: 'Deal Fit', reltype: 'deal' })]);
		expect(sent(ac, 'GET', '/scores/2')).toHaveLength(1);
		const byId = await ac.run({ resource: 'score', operation: 'get', score: rl('1') });
		expect(byId.json[0]).toMatchObject({ id: '1', name: 'Engagement' });
	});

	describe('bad input', () => {
		it('unknown name; unknown ID', async () => {
			expect(errorText(await ac.run({ resource: 'score', operation: 'get', score: rl('Nope', 'name') }))).toContain('No lead score named "Nope"');
			expect(errorText(await ac.run({ resource: 'score', operation: 'get', score: rl('99') }))).toMatch(/lead score 99 was not found/i);
		});
	});
});
