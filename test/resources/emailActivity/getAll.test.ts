import { rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('emailActivity > getAll', () => {
	const ac = useSandbox();

	it('lists every email activity, and those of one contact or deal picked by name', async () => {
		const all = await ac.run({ resource: 'emailActivity', operation: 'getAll', returnAll: true });
		expect(all.json.map((activity) => activity.subject)).toEqual(['Your proposal', 'Re: hello']);
		expect(all.json[0].links).toBeUndefined();
		ac.clearRequests();
		const ofContact = await ac.run({ resource: 'emailActivity', operation: 'getAll', returnAll: true, emailActivityFilters: { contact: rl('grace.hopper@example.net', 'email') } });
		expect(ofContact.json.map((activity) => activity.subject)).toEqual(['Re: hello']);
		expect(sent(ac, 'GET', '/emailActivities').at(-1)?.query).toMatchObject({ 'filters[subscriberid]': '2' });
		const ofDeal = await ac.run({ resource: 'emailActivity', operation: 'getAll', returnAll: false, limit: 5, emailActivityFilters: { deal: rl('1') } });
		expect(ofDeal.json.map((activity) => activity.subject)).toEqual(['Your proposal']);
	});

	it('an unknown contact fails naming it', async () => {
		const result = await ac.run({ resource: 'emailActivity', operation: 'getAll', returnAll: true, emailActivityFilters: { contact: rl('nobody@example.com', 'email') } });
		expect(errorText(result)).toContain('No contact with the email "nobody@example.com"');
	});
});
