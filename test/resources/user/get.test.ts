import { calls, rl } from '../../helpers/requests';
import { errorText, threeItems } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('user > get', () => {
	const ac = useSandbox();

	it('gets a user by ID, email and username', async () => {
		const byId = await ac.run({ resource: 'user', operation: 'get', user: rl('2') });
		const byEmail = await ac.run({ resource: 'user', operation: 'get', user: rl('alice.smith@sandbox.example.com', 'email') });
		const byUsername = await ac.run({ resource: 'user', operation: 'get', user: rl('jdoe', 'name') });
		expect(calls(ac)).toEqual(['GET /users/2', 'GET /users/email/alice.smith%40sandbox.example.com', 'GET /users/username/jdoe']);
		expect([byId, byEmail, byUsername].map((result) => result.json[0].username)).toEqual(['jdoe', 'asmith', 'jdoe']);
	});

	describe('bad input', () => {
		it('names an unknown ID, email and username', async () => {
			expect(errorText(await ac.run({ resource: 'user', operation: 'get', user: rl('42') }))).toContain('42');
			expect(errorText(await ac.run({ resource: 'user', operation: 'get', user: rl('ghost@x.test', 'email') }))).toContain('ghost@x.test');
			expect(errorText(await ac.run({ resource: 'user', operation: 'get', user: rl('ghost', 'name') }))).toContain('ghost');
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
