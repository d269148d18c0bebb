import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('account > update', () => {
	const ac = useSandbox();

	it('updates an account and sets a custom field', async () => {
		const result = await ac.run({
			resource: 'account',
			operation: 'update',
			account: rl('3'),
			accountUpdateFields: { accountName: 'Compiler Works LLC' },
			accountCustomFields: { field: [{ field: 'INDUSTRY', value: 'Services' }] },
		});
		expect(result.error).toBeUndefined();
		expect(sent(ac, 'PUT', '/accounts/3')[0].body).toEqual({
			account: { name: 'Compiler Works LLC', fields: [{ customFieldId: '1', fieldValue: 'Services' }] },
		});
		expect(result.json[0]).toMatchObject({ id: '3', name: 'Compiler Works LLC' });
	});
});
