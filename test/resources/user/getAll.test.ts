import { calls } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('user > getAll', () => {
	const ac = useSandbox();

	it('lists users with a Limit', async () => {
		const result = await ac.run({ resource: 'user', operation: 'getAll', limit: 2 });
		expect(calls(ac)).toEqual(['GET /users']);
		expect(result.json.map((user) => user.username)).toEqual(['admin', 'jdoe']);
	});
});
