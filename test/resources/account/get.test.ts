import { calls, rl, sent } from '../../helpers/requests';
import { errorText, threeItems } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('account > get', () => {
	const ac = useSandbox();

	it('gets an account by name', async () => {
		const result = await ac.run({ resource: 'account', operation: 'get', account: rl('Bletchley Systems', 'name') });
		expect(calls(ac)).toEqual(['GET /accounts', 'GET /accounts/2']);
		expect(sent(ac, 'GET', '/accounts')[0].query).toMatchObject({ search: 'Bletchley Systems' });
		expect(result.json[0]).toMatchObject({ id: '2', name: 'Bletchley Systems' });
	});

	describe('bad input', () => {
		it('names an unknown name and an unknown ID', async () => {
			expect(errorText(await ac.run({ resource: 'account', operation: 'get', account: rl('Nope Inc', 'name') }))).toContain('Nope Inc');
			expect(errorText(await ac.run({ resource: 'account', operation: 'get', account: rl('404') }))).toContain('404');
		});

		it('with Continue On Fail, the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'account', operation: 'get', account: rl('={{ [1, 404, 3][$json.n - 1] }}') },
				{ input: threeItems, settings: continueOnFail },
			);
			expect(result.json.map((item) => item.id ?? item.error)).toEqual(['1', expect.stringContaining('404'), '3']);
		});
	});
});
