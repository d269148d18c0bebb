import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { calls, errorText, rl, threeItems } from './helpers';

describe('user', () => {
	const ac = useSandbox();

	it('gets the current user', async () => {
		const result = await ac.run({ resource: 'user', operation: 'getMe' });
		expect(calls(ac)).toEqual(['GET /users/me']);
		expect(result.json).toEqual([expect.objectContaining({ id: '1', username: 'admin' })]);
		expect(result.json[0].links).toBeUndefined();
	});

	it('gets a user by ID, email and username', async () => {
		const byId = await ac.run({ resource: 'user', operation: 'get', user: rl('2') });
		const byEmail = await ac.run({ resource: 'user', operation: 'get', user: rl('alice.smith@sandbox.example.com', 'email') });
		const byUsername = await ac.run({ resource: 'user', operation: 'get', user: rl('jdoe', 'name') });
		expect(calls(ac)).toEqual(['GET /users/2', 'GET /users/email/alice.smith%40sandbox.example.com', 'GET /users/username/jdoe']);
		expect([byId, byEmail, byUsername].map((result) => result.json[0].username)).toEqual(['jdoe', 'asmith', 'jdoe']);
	});

	it('lists users with a Limit', async () => {
		const result = await ac.run({ resource: 'user', operation: 'getAll', limit: 2 });
		expect(calls(ac)).toEqual(['GET /users']);
		expect(result.json.map((user) => user.username)).toEqual(['admin', 'jdoe']);
	});

	describe('bad input', () => {
		it('names an unknown ID, email and username', async () => {
			expect(errorText((await ac.run({ resource: 'user', operation: 'get', user: rl('42') })).error)).toContain('42');
			expect(errorText((await ac.run({ resource: 'user', operation: 'get', user: rl('ghost@x.test', 'email') })).error)).toContain('ghost@x.test');
			expect(errorText((await ac.run({ resource: 'user', operation: 'get', user: rl('ghost', 'name') })).error)).toContain('ghost');
		});

		it('with Continue On Fail, the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'user', operation: 'get', user: rl('={{ ["admin", "ghost", "asmith"][$json.n - 1] }}', 'name') },
				{ input: threeItems, settings: continueOnFail },
			);
			expect(result.json.map((item) => item.username ?? item.error)).toEqual(['admin', expect.stringContaining('ghost'), 'asmith']);
		});
	});
});
