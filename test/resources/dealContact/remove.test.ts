import { rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('dealContact > remove', () => {
	const ac = useSandbox();

	it('remove finds a link past the first page (FACTS §2: GET /contactDeals documents no filters)', async () => {
		const store = ac.sandbox.store;
		const now = Date.now();
		ac.sandbox.addContacts(150);
		const contacts = store.table('contacts').all().slice(-150);
		for (const contact of contacts) store.table('contactDeals').insert({ _c: now, _u: now, deal: '3', contact: contact.id, role: '0' });
		// The contact to unlink is linked to 120 other deals first.
		const target = contacts[0].id;
		for (let deal = 0; deal < 120; deal++) {
			const d = store.table('deals').insert({ ...store.table('deals').get('1')!, _c: now, _u: now, title: `Extra ${deal}` });
			store.table('contactDeals').insert({ _c: now, _u: now, deal: d.id, contact: target, role: '0' });
		}
		store.table('contactDeals').insert({ _c: now, _u: now, deal: '4', contact: target, role: '0' });

		ac.clearRequests();
		const removed = await ac.run({ resource: 'dealContact', operation: 'remove', dealContactDeal: rl('4'), dealContactContact: rl(target) });
		expect(removed.error).toBeUndefined();
		expect(removed.json[0]).toMatchObject({ removed: true, deal: '4', contact: target });
		expect(store.table('contactDeals').find((link) => link.deal === '4' && link.contact === target)).toBeUndefined();
		expect(store.table('contactDeals').where((link) => link.contact === target)).toHaveLength(121);
		expect(sent(ac, 'GET', `/contacts/${target}/contactDeals`).length).toBeGreaterThanOrEqual(2);
	});

	describe('bad input', () => {
		it('contact not linked', async () => {
			expect(errorText(await ac.run({ resource: 'dealContact', operation: 'remove', dealContactDeal: rl('1'), dealContactContact: rl('5') }))).toContain(
				'Contact 5 is not a secondary contact of deal 1',
			);
		});
	});
});
