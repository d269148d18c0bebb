import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('contact > getAll', () => {
	const ac = useSandbox();

	it('filters getAll by list and status, tag, dates and sorts', async () => {
		const result = await ac.run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			contactFilters: {
				list: rl('Newsletter', 'name'),
				status: 1,
				tag: rl('customer', 'name'),
				search: 'a',
				email_like: 'example',
				created_after: '2020-01-01T00:00:00',
				updated_after: '2020-01-01T00:00:00',
				sortBy: 'email',
				sortDirection: 'DESC',
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = sent(ac, 'GET', '/contacts').slice(-1);
		expect(request.query).toMatchObject({
			listid: '2',
			status: '1',
			tagid: '1',
			search: 'a',
			email_like: 'example',
			'filters[created_after]': '2020-01-01T00:00:00',
			'filters[updated_after]': '2020-01-01T00:00:00',
			'orders[email]': 'DESC',
			limit: '5',
		});
		expect(result.json.length).toBeGreaterThan(0);
		for (const contact of result.json) expect(contact.links).toBeUndefined();
	});

	it('returns all of 1,050 contacts by ID ranges in 11 requests, and Limit 150 in two pages', async () => {
		ac.sandbox.reset({ seed: false });
		ac.sandbox.addContacts(1050);
		const all = await ac.run({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.json).toHaveLength(1050);
		expect(new Set(all.json.map((contact) => contact.id)).size).toBe(1050);
		expect(all.json.map((contact) => Number(contact.id))).toEqual([...all.json.map((contact) => Number(contact.id))].sort((a, b) => a - b));
		const pages = sent(ac, 'GET', '/contacts');
		// The first page, then 5 ranges of 200 IDs read at once (the last one open): 11 pages, no more.
		expect(pages).toHaveLength(11);
		expect(pages[0].query).toMatchObject({ limit: '100', 'orders[id]': 'ASC' });
		expect(pages.slice(1).every((page) => page.query['orders[id]'] === 'ASC' && page.query.id_greater !== undefined)).toBe(true);

		ac.clearRequests();
		const limited = await ac.run({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 150 });
		expect(limited.json).toHaveLength(150);
		expect(sent(ac, 'GET', '/contacts').map((request) => request.query.limit)).toEqual(['100', '50']);
	});
});

/**
 * Return All pages by id (orders[id]=ASC + id_greater) through the real execution path, and stays under the
 * sandbox's 5 requests/second without a 429 reaching the user.
 */
describe('contact > getAll: Return All keyset paging', () => {
	const ac = useSandbox({ rateLimit: 5 });

	it('reads every contact once, in id order, with id_greater instead of deep offsets', async () => {
		ac.sandbox.addContacts(1230 - ac.sandbox.store.table('contacts').size);
		ac.clearRequests();
		const { json, error } = await ac.run({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		const ids = json.map((record) => Number(record.id));
		expect(ids).toHaveLength(1230);
		expect(new Set(ids).size).toBe(1230);
		expect(ids).toEqual([...ids].sort((a, b) => a - b));

		const requests = ac.sandbox.requests.filter((request) => request.path.startsWith('/api/3/contacts'));
		expect(requests.every((request) => request.status === 200 && request.query.offset === undefined)).toBe(true);
		// The first page, then ranges of 200 IDs read side by side: 13 pages, no more.
		expect(requests).toHaveLength(13);
		expect(requests[0].query).toMatchObject({ 'orders[id]': 'ASC', limit: '100' });
		expect(requests[0].query.id_greater).toBeUndefined();
		const pages = requests.slice(1);
		expect(pages.every((page) => page.query['orders[id]'] === 'ASC' && page.query.id_greater !== undefined)).toBe(true);
		const rangeStarts = new Set(pages.map((page) => Number(page.query.id_greater)));
		expect(rangeStarts).toEqual(new Set([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200]));
	});

	it('a deleted contact leaves neither a gap nor a repeat in the pages', async () => {
		ac.sandbox.addContacts(300 - ac.sandbox.store.table('contacts').size);
		// Keyset pages start after the last id seen, so a missing id shifts nothing.
		ac.sandbox.store.table('contacts').delete('150');
		const { json } = await ac.run({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(json).toHaveLength(299);
		expect(json.some((record) => String(record.id) === '150')).toBe(false);
	});

	it('Limit (without Return All) sends one page of that size, no keyset', async () => {
		ac.clearRequests();
		const { json } = await ac.run({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 7 });
		expect(json).toHaveLength(7);
		const page = ac.sandbox.requests.find((request) => request.path.startsWith('/api/3/contacts'))!;
		expect(page.query.id_greater).toBeUndefined();
		expect(page.query.limit).toBe('7');
	});
});
