import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { bodyOf, errorText, items, rl, sent } from './helpers';

describe('dealCustomField', () => {
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

	it('typed values are checked: a number field refuses text, a multi-select refuses unknown options', async () => {
		await ac.run({ resource: 'dealCustomField', operation: 'create', fieldLabel: 'Seats', fieldType: 'number' });
		const text = await ac.run({
			resource: 'deal',
			operation: 'update',
			deal: rl('1'),
			dealUpdateFields: { customFields: { field: [{ field: 'Seats', value: 'many' }] } },
		});
		expect(errorText(text)).toContain('The value "many" for the deal custom field "Seats" is not a number');
		expect(sent(ac, 'PUT', '/deals/1')).toHaveLength(0);
	});

	it('get, getAll, update, delete', async () => {
		const got = await ac.run({ resource: 'dealCustomField', operation: 'get', dealCustomField: rl('Close Date', 'name') });
		expect(sent(ac, 'GET', '/dealCustomFieldMeta/2')).toHaveLength(1);
		expect(got.json[0]).toMatchObject({ id: '2', fieldLabel: 'Close Date', fieldType: 'date' });
		const all = await ac.run({ resource: 'dealCustomField', operation: 'getAll', returnAll: true });
		expect(all.json.map((field) => field.fieldLabel)).toEqual(['Lead Source', 'Close Date']);
		const updated = await ac.run({ resource: 'dealCustomField', operation: 'update', dealCustomField: rl('1'), dealCustomFieldUpdateFields: { fieldLabel: 'Source' } });
		expect(bodyOf(ac, 'PUT', '/dealCustomFieldMeta/1')).toEqual({ dealCustomFieldMetum: { fieldLabel: 'Source' } });
		expect(updated.json[0]).toMatchObject({ fieldLabel: 'Source' });
		const deleted = await ac.run({ resource: 'dealCustomField', operation: 'delete', dealCustomField: rl('Source', 'name') });
		expect(deleted.json).toEqual([{ deleted: true, dealCustomField: '1' }]);
	});

	it('bad input: unknown label, unknown ID, Continue On Fail', async () => {
		expect(errorText(await ac.run({ resource: 'dealCustomField', operation: 'get', dealCustomField: rl('Nope', 'name') }))).toContain(
			'No deal custom field named "Nope"',
		);
		const result = await ac.run(
			{ resource: 'dealCustomField', operation: 'get', dealCustomField: rl('={{ $json.id }}') },
			{ input: items('1', '77'), settings: continueOnFail },
		);
		expect(result.json[0]).toMatchObject({ id: '1' });
		expect(String(result.json[1].error)).toContain('deal custom field 77 was not found');
	});
});
