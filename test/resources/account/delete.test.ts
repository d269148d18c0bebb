import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('account > delete', () => {
	const ac = useSandbox();

	it('deletes an account', async () => {
		const result = await ac.run({ resource: 'account', operation: 'delete', account: rl('Bletchley Systems', 'name') });
		expect(sent(ac, 'DELETE', '/accounts/2')).toHaveLength(1);
		expect(result.json).toEqual([{ deleted: true, account: '2' }]);
	});
});
