import { bodyOf, rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('dealContact: a contact added to a deal, listed and removed', () => {
	const ac = useSandbox();

	it('add by email, getAll of the deal, remove by deal + contact', async () => {
		const added = await ac.run({ resource: 'dealContact', operation: 'add', dealContactDeal: rl('1'), dealContactContact: rl('alan.turing@example.com', 'email') });
		const contactId = String(ac.sandbox.store.table('contacts').find((contact) => contact.email === 'alan.turing@example.com')?.id);
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
});
