import { useSandbox } from '../../helpers/sandbox';

describe('ecommerceConnection > create', () => {
	const ac = useSandbox();

	describe('bad input', () => {
		it('missing service', async () => {
			await expect(
				ac.run({ resource: 'ecommerceConnection', operation: 'create', service: '', ecommerceConnectionExternalId: 'x', ecommerceConnectionName: 'x', logoUrl: 'x', linkUrl: 'x' }),
			).rejects.toThrow(/Service/);
		});
	});
});
