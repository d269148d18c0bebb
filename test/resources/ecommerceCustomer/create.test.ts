import { rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('ecommerceCustomer > create', () => {
	const ac = useSandbox();

	describe('bad input', () => {
		it('invalid email, unknown store name', async () => {
			const invalid = await ac.run({ resource: 'ecommerceCustomer', operation: 'create', ecommerceCustomerConnection: rl('1'), ecommerceCustomerExternalId: 'c', ecommerceCustomerEmail: 'grace(at)example.com' });
			expect(errorText(invalid)).toContain('"grace(at)example.com" in the field "Email" is not a valid email address');
			expect(sent(ac, 'POST', '/ecomCustomers')).toHaveLength(0);
			expect(
				errorText(await ac.run({ resource: 'ecommerceCustomer', operation: 'create', ecommerceCustomerConnection: rl('Nope', 'name'), ecommerceCustomerExternalId: 'c', ecommerceCustomerEmail: 'a@b.co' })),
			).toContain('No e-commerce connection named "Nope"');
		});
	});
});
