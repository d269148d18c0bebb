import { bodyOf, rl } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('deal > update', () => {
	const ac = useSandbox();

	it('update: value, stage of the deal pipeline and a custom field by label', async () => {
		const result = await ac.run({
			resource: 'deal',
			operation: 'update',
			deal: rl('1'),
			dealUpdateFields: { dealValue: 12.34, stage: rl('Follow Up', 'name'), customFields: { field: [{ field: 'Lead Source', value: 'Referral' }] } },
		});
		expect(result.error).toBeUndefined();
		expect(bodyOf(ac, 'PUT', '/deals/1').deal).toEqual({ value: 1234, stage: '3', fields: [{ customFieldId: 1, fieldValue: 'Referral' }] });
		expect(result.json[0]).toMatchObject({ id: '1', stage: '3', valueAmount: 12.34 });
	});

	describe('bad input', () => {
		it('unknown custom field label', async () => {
			const field = await ac.run({
				resource: 'deal',
				operation: 'update',
				deal: rl('1'),
				dealUpdateFields: { customFields: { field: [{ field: 'Colour', value: 'red' }] } },
			});
			expect(errorText(field)).toContain('No deal custom field named "Colour" exists');
		});
	});
});
