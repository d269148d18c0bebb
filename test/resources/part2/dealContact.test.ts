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
		expect(sent(ac, 'GET', '/contactDeals').at(-1)?.query).toMatchObject({ 'filters[deal]': '1' });
		expect(listed.json.map((link) => link.contact).sort()).toEqual(['2', contactId].sort());

		ac.clearRequests();
		const removed = await ac.run({ resource: 'dealContact', operation: 'remove', dealContactDeal: rl('1'), dealContactContact: rl('2') });
		expect(sent(ac, 'DELETE', /^\/contactDeals\/\d+$/)).toHaveLength(1);
		expect(removed.json).toEqual([{ removed: true, deal: '1', contact: '2', contactDeal: '1' }]);
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
