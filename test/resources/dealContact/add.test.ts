import { rl } from '../../helpers/requests';
import { errorText, items } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('dealContact > add', () => {
	const ac = useSandbox();

	describe('bad input', () => {
		it('invalid email, Continue On Fail', async () => {
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
});
