import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { calls, errorText, rl, sent, threeItems } from './helpers';

describe('list', () => {
	const ac = useSandbox();

	it('creates a list, deriving the URL name and resolving the owner by username', async () => {
		const result = await ac.run({
			resource: 'list',
			operation: 'create',
			listName: 'Product Updates',
			senderUrl: 'https://example.com',
			senderReminder: 'You signed up on our website.',
			listAdditionalFields: { owner: rl('jdoe', 'name'), send_last_broadcast: true, channel: 'email' },
		});
		expect(result.error).toBeUndefined();
		expect(sent(ac, 'POST', '/lists')[0].body).toEqual({
			list: {
				name: 'Product Updates',
				stringid: 'product-updates',
				sender_url: 'https://example.com',
				sender_reminder: 'You signed up on our website.',
				send_last_broadcast: 1,
				channel: 'email',
				user: '2',
			},
		});
		expect(result.json[0]).toMatchObject({ name: 'Product Updates', stringid: 'product-updates' });
		expect(result.json[0].links).toBeUndefined();
	});

	it('gets a list by name', async () => {
		const result = await ac.run({ resource: 'list', operation: 'get', list: rl('newsletter', 'name') });
		expect(calls(ac)).toEqual(['GET /lists', 'GET /lists/2']);
		expect(sent(ac, 'GET', '/lists')[0].query).toMatchObject({ 'filters[name][contains]': 'newsletter' });
		expect(result.json).toEqual([expect.objectContaining({ id: '2', name: 'Newsletter' })]);
	});

	it('lists lists by name, sorted', async () => {
		const result = await ac.run({ resource: 'list', operation: 'getAll', returnAll: true, listFilters: { name: 'e', sortByName: 'DESC' } });
		expect(sent(ac, 'GET', '/lists')[0].query).toMatchObject({ 'filters[name][contains]': 'e', 'orders[name]': 'DESC' });
		expect(result.json.map((list) => list.name)).toEqual(['Newsletter', 'Master Contact List', 'Customers']);
	});

	it('updates a list with PATCH', async () => {
		const result = await ac.run({ resource: 'list', operation: 'update', list: rl('3', 'list'), listUpdateFields: { listName: 'Clients' } });
		expect(result.error).toBeUndefined();
		expect(sent(ac, 'PATCH', '/lists/3')[0].body).toEqual({ list: { name: 'Clients' } });
		expect(result.json[0]).toMatchObject({ id: '3', name: 'Clients' });
	});

	it('deletes a list picked by name and reports its ID', async () => {
		const result = await ac.run({ resource: 'list', operation: 'delete', list: rl('Customers', 'name') });
		expect(sent(ac, 'DELETE', '/lists/3')).toHaveLength(1);
		expect(result.json).toEqual([{ deleted: true, list: '3' }]);
	});

	describe('bad input', () => {
		it('names an unknown name, an unknown ID and a missing sender URL', async () => {
			const byName = await ac.run({ resource: 'list', operation: 'get', list: rl('Nope', 'name') });
			expect(errorText(byName.error)).toContain('Nope');
			const byId = await ac.run({ resource: 'list', operation: 'get', list: rl('77') });
			expect(errorText(byId.error)).toContain('77');
			const noUrl = await ac.run({ resource: 'list', operation: 'create', listName: 'X', senderUrl: '={{ "" }}', senderReminder: 'r' });
			expect(errorText(noUrl.error)).toContain('sender_url');
		});

		it('with Continue On Fail, the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'list', operation: 'get', list: rl('={{ [1, 99, 2][$json.n - 1] }}') },
				{ input: threeItems, settings: continueOnFail },
			);
			expect(result.json.map((item) => item.name ?? item.error)).toEqual([
				'Master Contact List',
				expect.stringContaining('99'),
				'Newsletter',
			]);
		});
	});
});
