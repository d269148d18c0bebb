import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('campaign > create', () => {
	const ac = useSandbox();

	describe('bad input', () => {
		it('an empty name from an expression', async () => {
			expect(errorText(await ac.run({ resource: 'campaign', operation: 'create', campaignName: '={{ $json.name }}', campaignType: 'single' }))).toContain(
				'Field name is required',
			);
		});
	});
});
