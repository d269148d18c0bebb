import { rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('accountContact > remove', () => {
	const ac = useSandbox();

	it('removes a contact from its account, and says so when it has none', async () => {
		const removed = await ac.run({ resource: 'accountContact', operation: 'remove', accountContactContact: rl('4') });
		expect(sent(ac, 'DELETE', '/accountContacts/1')).toHaveLength(1);
		expect(removed.json).toEqual([{ removed: true, contact: '4', account: '1', accountContact: '1' }]);
		ac.clearRequests();
		const none = await ac.run({ resource: 'accountContact', operation: 'remove', accountContactContact: rl('4') });
		expect(none.error).toBeUndefined();
		expect(ac.sandbox.requests.filter((request) => request.method === 'DELETE')).toHaveLength(0);
		expect(none.json[0]).toMatchObject({ removed: false, contact: '4' });
	});

	describe('bad input', () => {
		it('names an unknown email', async () => {
			const email = await ac.run({ resource: 'accountContact', operation: 'remove', accountContactContact: rl('a@b.test', 'email') });
			expect(errorText(email)).toContain('a@b.test');
		});
	});
});
