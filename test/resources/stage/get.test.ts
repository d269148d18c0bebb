import { rl } from '../../helpers/requests';
import { errorText, items } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('stage > get', () => {
	const ac = useSandbox();

	it('get by a unique title', async () => {
		const got = await ac.run({ resource: 'stage', operation: 'get', stage: rl('Negotiation', 'name') });
		expect(got.json[0]).toMatchObject({ id: '4', title: 'Negotiation' });
	});

	describe('bad input', () => {
		it('a title shared by pipelines, unknown ID with Continue On Fail', async () => {
			expect(errorText(await ac.run({ resource: 'stage', operation: 'get', stage: rl('To Contact', 'name') }))).toContain(
				'Several pipelines have a stage named "To Contact"',
			);
			const result = await ac.run(
				{ resource: 'stage', operation: 'get', stage: rl('={{ $json.id }}') },
				{ input: items('1', '999'), settings: continueOnFail },
			);
			expect(result.json[0]).toMatchObject({ id: '1' });
			expect(String(result.json[1].error)).toContain('stage 999 was not found');
		});
	});
});
