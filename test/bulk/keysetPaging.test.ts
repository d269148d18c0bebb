/**
 * Contact > Get Many, Return All pages by id (orders[id]=ASC + id_greater) through the real execution path,
 * and stays under the sandbox's 5 requests/second without a 429 reaching the user.
 */
import { useSandbox } from '../helpers/sandbox';

describe('contacts Return All: keyset paging', () => {
	const ac = useSandbox({ rateLimit: 5 });

	it('reads every contact once, in id order, with id_greater instead of deep offsets', async () => {
		ac.sandbox.addContacts(1230 - ac.sandbox.store.t('contacts').size);
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
		ac.sandbox.addContacts(300 - ac.sandbox.store.t('contacts').size);
		// Keyset pages start after the last id seen, so a missing id shifts nothing.
		ac.sandbox.store.t('contacts').delete('150');
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
