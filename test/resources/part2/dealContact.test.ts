import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { bodyOf, errorText, items, rl, sent } from './helpers';

describe('dealContact', () => {
	const ac = useSandbox();

	it('add by email, getAll of the deal, remove by deal + contact', async () => {
		const added = await ac.run({ resource: 'dealContact', operation: 'add', dealContactDeal: rl('1'), dealContactContact: rl('alan.turing@example.com', 'email') });
		const contactId = String(ac.sandbox.store.t('contacts').find((contact) => contact.email === 'alan.turing@example.com')?.id);
		expect(bodyOf(ac, 'POST', '/contactDeals')).toEqual({ contactDeal: { deal: '1', contact: contactId } });
		expect(added.json[0]).toMatchObject({ deal: '1', contact: contactId });

		const listed = await ac.run({ resource: 'dealContact', operation: 'getAll', dealContactDeal: rl('1'), returnAll: true });
		expect(sent(ac, 'GET', '/deals/1/contactDeals')).toHaveLength(1);
		expect(sent(ac, 'GET', '/contactDeals')).toHaveLength(0);
		expect(listed.json.map((link) => link.contact).sort()).toEqual(['2', contactId].sort());

		ac.clearRequests();
		const removed = await ac.run({ resource: 'dealContact', operation: 'remove', dealContactDeal: rl('1'), dealContactContact: rl('2') });
		expect(sent(ac, 'GET', '/contacts/2/contactDeals')).toHaveLength(1);
		expect(sent(ac, 'DELETE', /^\/contactDeals\/\d+$/)).toHaveLength(1);
		expect(removed.json).toEqual([{ removed: true, deal: '1', contact: '2', contactDeal: '1' }]);
	});

	it('getAll returns only links of the deal, and remove finds a link past the first page (FACTS §2: GET /contactDeals documents no filters)', async () => {
		const store = ac.sandbox.store;
		const now = Date.now();
		ac.sandbox.addContacts(150);
		const contacts = store.t('contacts').all().slice(-150);
		for (const contact of contacts) store.t('contactDeals').insert({ _c: now, _u: now, deal: '3', contact: contact.id, role: '0' });
		// The contact to unlink is linked to 120 other deals first.
		const target = contacts[0].id;
		for (let deal = 0; deal < 120; deal++) {
			const d = store.t('deals').insert({ ...store.t('deals').get('1')!, _c: now, _u: now, title: `Extra ${deal}` });
			store.t('contactDeals').insert({ _c: now, _u: now, deal: d.id, contact: target, role: '0' });
		}
		store.t('contactDeals').insert({ _c: now, _u: now, deal: '4', contact: target, role: '0' });

		const listed = await ac.run({ resource: 'dealContact', operation: 'getAll', dealContactDeal: rl('3'), returnAll: true });
		expect(listed.json).toHaveLength(150);
		expect(listed.json.every((link) => link.deal === '3')).toBe(true);

		ac.clearRequests();
		const removed = await ac.run({ resource: 'dealContact', operation: 'remove', dealContactDeal: rl('4'), dealContactContact: rl(target) });
		expect(removed.error).toBeUndefined();
		expect(removed.json[0]).toMatchObject({ removed: true, deal: '4', contact: target });
		expect(store.t('contactDeals').find((link) => link.deal === '4' && link.contact === target)).toBeUndefined();
		expect(store.t('contactDeals').where((link) => link.contact === target)).toHaveLength(121);
		expect(sent(ac, 'GET', `/contacts/${target}/contactDeals`).length).toBeGreaterThanOrEqual(2);
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

	it('bad input: contact not linked, invalid email, Continue On Fail', async () => {
		expect(errorText(await ac.run({ resource: 'dealContact', operation: 'remove', dealContactDeal: rl('1'), dealContactContact: rl('5') }))).toContain(
			'Contact 5 is not a secondary contact of deal 1',
		);
		expect(errorText(await ac.run({ resource: 'dealContact', operation: 'add', dealContactDeal: rl('1'), dealContactContact: rl('nobody@', 'email') }))).toContain(
			'No contact with the email "nobody@"',
		);
		const result = await ac.run(
			{ resource: 'dealContact', operation: 'add', dealContactDeal: rl('={{ $json.id }}'), dealContactContact: rl('3') },
			{ input: items('9999', '2'), settings: continueOnFail },
		);
		expect(errorText({ json: [result.json[0]] })).toMatch(/deal/);
		expect(result.json[1]).toMatchObject({ deal: '2', contact: '3' });
	});
});
