import { rl, sent } from '../../helpers/requests';
import { errorText, items } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('campaign > get', () => {
	const ac = useSandbox();

	it('get gives the report counters under clear names (Simplify), and beside the raw fields with Simplify off', async () => {
		const result = await ac.run({ resource: 'campaign', operation: 'get', campaign: rl('May Newsletter', 'name') });
		const id = ac.sandbox.store.table('campaigns').find((campaign) => campaign.name === 'May Newsletter')?.id;
		expect(sent(ac, 'GET', `/campaigns/${id}`)).toHaveLength(1);
		expect(result.json[0]).toMatchObject({
			id,
			name: 'May Newsletter',
			sends: 1200,
			opens: 640,
			uniqueOpens: 512,
			clicks: 230,
			uniqueClicks: 180,
			bounces: 13,
			unsubscribes: 3,
			openRate: 42.67,
			clickRate: 15,
		});
		expect(Object.keys(result.json[0])[0]).toBe('id');
		expect(result.json[0]).not.toHaveProperty('send_amt');

		const raw = await ac.run({ resource: 'campaign', operation: 'get', campaign: rl(String(id)), simplify: false });
		expect(raw.json[0].campaign).toMatchObject({ send_amt: '1200', uniqueopens: '512', sends: 1200, hardBounces: 4, softBounces: 9 });
	});

	describe('bad input', () => {
		it('unknown name, unknown ID with Continue On Fail', async () => {
			expect(errorText(await ac.run({ resource: 'campaign', operation: 'get', campaign: rl('Nope', 'name') }))).toContain('No campaign named "Nope"');
			const result = await ac.run(
				{ resource: 'campaign', operation: 'get', campaign: rl('={{ $json.id }}') },
				{ input: items('1', '42'), settings: continueOnFail },
			);
			expect(result.json[0]).toMatchObject({ id: '1', name: 'Welcome Email', sends: 340 });
			expect(String(result.json[1].error)).toContain('campaign 42 was not found');
		});
	});
});
