import { rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('contactActivity > getAll', () => {
	const ac = useSandbox();
	const ada = rl('ada.lovelace@example.org', 'email');

	it("lists one contact's activity feed, newest first, picked by email", async () => {
		const feed = await ac.run({ resource: 'contactActivity', operation: 'getAll', contactActivityContact: ada, returnAll: true });
		expect(feed.json).toHaveLength(4);
		expect(feed.json.every((activity) => activity.subscriberid === '1')).toBe(true);
		expect(sent(ac, 'GET', '/activities')[0].query).toMatchObject({ contact: '1' });
		const times = feed.json.map((activity) => Date.parse(String(activity.tstamp)));
		expect([...times].sort((a, b) => b - a)).toEqual(times);
	});

	it('filters by date: After is sent, Before is checked on each activity; sorted oldest first; Limit', async () => {
		const all = await ac.run({ resource: 'contactActivity', operation: 'getAll', contactActivityContact: rl('1'), returnAll: true, contactActivityFilters: { sortDirection: 'ASC' } });
		const times = all.json.map((activity) => String(activity.tstamp));
		ac.clearRequests();
		const between = await ac.run({
			resource: 'contactActivity',
			operation: 'getAll',
			contactActivityContact: rl('1'),
			returnAll: true,
			contactActivityFilters: { after: times[0], before: times[3], sortDirection: 'ASC' },
		});
		expect(between.json.map((activity) => activity.tstamp)).toEqual([times[1], times[2]]);
		expect(sent(ac, 'GET', '/activities')[0].query).toMatchObject({ contact: '1', after: times[0], 'orders[tstamp]': 'ASC' });
		const one = await ac.run({ resource: 'contactActivity', operation: 'getAll', contactActivityContact: rl('1'), returnAll: false, limit: 1 });
		expect(one.json).toHaveLength(1);
	});

	describe('bad input', () => {
		it('a date that is not one, an unknown contact', async () => {
			const badDate = await ac.run({ resource: 'contactActivity', operation: 'getAll', contactActivityContact: rl('1'), returnAll: true, contactActivityFilters: { before: 'yesterday-ish' } });
			expect(errorText(badDate)).toContain('The filter "Before" must be a date and time');
			const unknown = await ac.run({ resource: 'contactActivity', operation: 'getAll', contactActivityContact: rl('nobody@example.com', 'email'), returnAll: true });
			expect(errorText(unknown)).toContain('No contact with the email "nobody@example.com"');
		});
	});
});
