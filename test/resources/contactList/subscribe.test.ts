import { calls, rl, sent } from '../../helpers/requests';
import { errorText, threeItems } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('contactList > subscribe', () => {
	const ac = useSandbox();

	it('subscribes a contact to a list by name and returns the real membership', async () => {
		const result = await ac.run({
			resource: 'contactList',
			operation: 'subscribe',
			contactListContact: rl('grace.hopper@example.net', 'email'),
			contactListList: rl('Customers', 'name'),
		});
		expect(result.error).toBeUndefined();
		expect(calls(ac)).toEqual(['GET /contacts', 'GET /lists', 'POST /contactLists']);
		expect(sent(ac, 'POST', '/contactLists')[0].body).toEqual({ contactList: { contact: '2', list: '3', status: 1 } });
		expect(result.json).toHaveLength(1);
		expect(result.json[0]).toMatchObject({ contact: '2', list: '3', status: 1, id: expect.any(String) });
		expect(result.json[0].success).toBeUndefined();
		expect(result.json[0].links).toBeUndefined();
	});

	describe('bad input', () => {
		it('names an unknown list name, an unknown contact email and an unknown list ID', async () => {
			const list = await ac.run({ resource: 'contactList', operation: 'subscribe', contactListContact: rl('1'), contactListList: rl('Nope', 'name') });
			expect(errorText(list)).toContain('Nope');
			const email = await ac.run({ resource: 'contactList', operation: 'subscribe', contactListContact: rl('who@nowhere.test', 'email'), contactListList: rl('1') });
			expect(errorText(email)).toContain('who@nowhere.test');
			const id = await ac.run({ resource: 'contactList', operation: 'subscribe', contactListContact: rl('1'), contactListList: rl('42') });
			expect(errorText(id)).toContain('42');
		});

		it('with Continue On Fail, the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'contactList', operation: 'subscribe', contactListContact: rl('={{ [1, 99999, 2][$json.n - 1] }}'), contactListList: rl('3') },
				{ input: threeItems, settings: continueOnFail },
			);
			expect(result.json.map((item) => item.contact ?? item.error)).toEqual(['1', expect.stringContaining('99999'), '2']);
		});
	});
});
