import { bodyOf, rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('dealCustomField > create', () => {
	const ac = useSandbox();

	it('create, then typed values by label on a deal (currency in cents, number, multi-select)', async () => {
		const created = await ac.run({
			resource: 'dealCustomField',
			operation: 'create',
			fieldLabel: 'Budget',
			fieldType: 'currency',
			dealCustomFieldAdditionalFields: { fieldDefaultCurrency: 'EUR', isRequired: false },
		});
		expect(bodyOf(ac, 'POST', '/dealCustomFieldMeta')).toEqual({
			dealCustomFieldMetum: { fieldLabel: 'Budget', fieldType: 'currency', fieldDefaultCurrency: 'eur', isRequired: 0 },
		});
		expect(created.json[0]).toMatchObject({ id: '3', fieldLabel: 'Budget', fieldType: 'currency' });
		await ac.run({ resource: 'dealCustomField', operation: 'create', fieldLabel: 'Seats', fieldType: 'number' });
		await ac.run({
			resource: 'dealCustomField',
			operation: 'create',
			fieldLabel: 'Products',
			fieldType: 'multiselect',
			dealCustomFieldAdditionalFields: { fieldOptions: 'CRM, Email, SMS' },
		});
		expect(sent(ac, 'POST', '/dealCustomFieldMeta')[2].body).toMatchObject({ dealCustomFieldMetum: { fieldOptions: ['CRM', 'Email', 'SMS'] } });
		ac.clearRequests();

		const updated = await ac.run({
			resource: 'deal',
			operation: 'update',
			deal: rl('1'),
			dealUpdateFields: {
				customFields: {
					field: [
						{ field: 'budget', value: '2500.75' },
						{ field: 'Seats', value: '12' },
						{ field: 'Products', value: 'CRM, SMS' },
					],
				},
			},
		});
		expect(updated.error).toBeUndefined();
		expect(bodyOf(ac, 'PUT', '/deals/1').deal).toEqual({
			fields: [
				{ customFieldId: 3, fieldValue: 250075, fieldCurrency: 'eur' },
				{ customFieldId: 4, fieldValue: 12 },
				{ customFieldId: 5, fieldValue: ['CRM', 'SMS'] },
			],
		});
	});
});
