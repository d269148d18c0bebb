import { rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('dealContact > getAll', () => {
	const ac = useSandbox();

	it('getAll returns only links of the deal (FACTS §2: GET /contactDeals documents no filters)', async () => {
		const store = ac.sandbox.store;
		const now = Date.now();
		ac.sandbox.addContacts(150);
		const contacts = store.table('contacts').all().slice(-150);
		for (const contact of contacts) store.table('contactDeals').insert({ _c: now, _u: now, deal: '3', contact: contact.id, role: '0' });
		// One of the linked contacts is linked to 120 other deals and to deal 4 too.
		const other = contacts[0].id;
		for (let deal = 0; deal < 120; deal++) {
			const d = store.table('deals').insert({ ...store.table('deals').get('1')!, _c: now, _u: now, title: `Extra ${deal}` });
			store.table('contactDeals').insert({ _c: now, _u: now, deal: d.id, contact: other, role: '0' });
		}
		store.table('contactDeals').insert({ _c: now, _u: now, deal: '4', contact: other, role: '0' });

		const listed = await ac.run({ resource: 'dealContact', operation: 'getAll', dealContactDeal: rl('3'), returnAll: true });
		expect(listed.json).toHaveLength(150);
		expect(listed.json.every((link) => link.deal === '3')).toBe(true);
	});

	it('getAll never returns a link of another deal, whatever the server answers', async () => {
		ac.sandbox.injectFault({
			method: 'GET',
			path: '/api/3/deals/1/contactDeals',
			status: 200,
			body: { contactDeals: [{ id: '1', deal: '1', contact: '2' }, { id: '7', deal: '5', contact: '9' }] },
		});
		const listed = await ac.run({ resource: 'dealContact', operation: 'getAll', dealContactDeal: rl('1'), returnAll: true });
		expect(listed.json.map((link) => link.id)).toEqual(['1']);
	});
});
