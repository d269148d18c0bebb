import { rl } from '../../helpers/requests';
import { items } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('webhook > get', () => {
	const ac = useSandbox();

	describe('bad input', () => {
		it('unknown ID with Continue On Fail', async () => {
			const result = await ac.run(
				{ resource: 'webhook', operation: 'get', webhook: rl('={{ $json.id }}') },
				{ input: items('404'), settings: continueOnFail },
			);
			expect(String(result.json[0].error)).toContain('webhook 404 was not found');
		});
	});
});
