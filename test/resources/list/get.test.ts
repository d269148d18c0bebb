import { calls, rl, sent } from '../../helpers/requests';
import { errorText, threeItems } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('list > get', () => {
	const ac = useSandbox();

	it('gets a list by name', async () => {
		const result = await ac.run({ resource: 'list', operation: 'get', list: rl('newsletter', 'name') });
		expect(calls(ac)).toEqual(['GET /lists', 'GET /lists/2']);
		expect(sent(ac, 'GET', '/lists')[0].query).toMatchObject({ 'filters[name][contains]': 'newsletter' });
		expect(result.json).toEqual([expect.objectContaining({ id: '2', name: 'Newsletter' })]);
	});

	describe('bad input', () => {
		it('names an unknown name and an unknown ID', async () => {
			const byName = await ac.run({ resource: 'list', operation: 'get', list: rl('Nope', 'name') });
			expect(errorText(byName)).toContain('Nope');
			const byId = await ac.run({ resource: 'list', operation: 'get', list: rl('77') });
			expect(errorText(byId)).toContain('77');
		});

		it('with Continue On Fail, the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'list', operation: 'get', list: rl('={{ [1, 99, 2][$json.n - 1] }}') },
				{ input: threeItems, settings: continueOnFail },
			);
			expect(result.json.map((item) => item.name ?? item.error)).toEqual([
				'Master Contact List',
				expect.stringContaining('99'),
				'Newsletter',
			]);
		});
	});
});
