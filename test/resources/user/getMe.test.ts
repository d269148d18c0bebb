import { calls } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('user > getMe', () => {
	const ac = useSandbox();

	it('gets the current user', async () => {
		const result = await ac.run({ resource: 'user', operation: 'getMe' });
		expect(calls(ac)).toEqual(['GET /users/me']);
		expect(result.json).toEqual([expect.objectContaining({ id: '1', username: 'admin' })]);
		expect(result.json[0].links).toBeUndefined();
	});
});
