import { rl, sent } from '../../helpers/requests';
import { errorText, threeItems } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('tag > get', () => {
	const ac = useSandbox();

	it('gets a tag by name', async () => {
		const result = await ac.run({ resource: 'tag', operation: 'get', tag: rl('VIP', 'name') });
		expect(sent(ac, 'GET', '/tags/3')).toHaveLength(1);
		expect(result.json[0]).toMatchObject({ id: '3', tag: 'vip' });
	});

	describe('bad input', () => {
		it('names an unknown name and an unknown ID', async () => {
			expect(errorText(await ac.run({ resource: 'tag', operation: 'get', tag: rl('nope', 'name') }))).toContain('nope');
			expect(errorText(await ac.run({ resource: 'tag', operation: 'get', tag: rl('404') }))).toContain('404');
		});

		it('with Continue On Fail, the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'tag', operation: 'get', tag: rl('={{ ["lead", "nope", "vip"][$json.n - 1] }}', 'name') },
				{ input: threeItems, settings: continueOnFail },
			);
			expect(result.json.map((item) => item.tag ?? item.error)).toEqual(['lead', expect.stringContaining('nope'), 'vip']);
		});
	});
});
