import { rl } from '../../helpers/requests';
import { items } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('message > get', () => {
	const ac = useSandbox();

	it('get', async () => {
		expect((await ac.run({ resource: 'message', operation: 'get', message: rl('1') })).json[0]).toMatchObject({ id: '1', subject: 'Welcome to the sandbox' });
	});

	describe('bad input', () => {
		it('unknown ID with Continue On Fail', async () => {
			const result = await ac.run(
				{ resource: 'message', operation: 'get', message: rl('={{ $json.id }}') },
				{ input: items('99', '1'), settings: continueOnFail },
			);
			expect(String(result.json[0].error)).toContain('message 99 was not found');
			expect(result.json[1]).toMatchObject({ id: '1' });
		});
	});
});
