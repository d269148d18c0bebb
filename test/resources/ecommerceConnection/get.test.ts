import { rl } from '../../helpers/requests';
import { errorText, items } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('ecommerceConnection > get', () => {
	const ac = useSandbox();

	describe('bad input', () => {
		it('unknown name, unknown ID with Continue On Fail', async () => {
			expect(errorText(await ac.run({ resource: 'ecommerceConnection', operation: 'get', connection: rl('Nope', 'name') }))).toContain(
				'No e-commerce connection named "Nope"',
			);
			const result = await ac.run(
				{ resource: 'ecommerceConnection', operation: 'get', connection: rl('={{ $json.id }}') },
				{ input: items('1', '50'), settings: continueOnFail },
			);
			expect(result.json[0]).toMatchObject({ id: '1', name: 'Sandbox Shop' });
			expect(String(result.json[1].error)).toContain('e-commerce connection 50 was not found');
		});
	});
});
