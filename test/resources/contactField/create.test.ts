import { calls, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('contactField > create', () => {
	const ac = useSandbox();

	it('creates a dropdown field with its options, shown on the chosen lists', async () => {
		const result = await ac.run({
			resource: 'contactField',
			operation: 'create',
			contactFieldTitle: 'Shirt Size',
			fieldType: 'dropdown',
			contactFieldFieldOptions: { option: [{ label: 'Small', value: 'S', isDefault: true }, { value: 'M' }] },
			contactFieldShowOnLists: ['2', '3'],
			contactFieldAdditionalFields: { descript: 'For swag', perstag: 'SHIRT' },
		});
		expect(result.error).toBeUndefined();
		expect(calls(ac)).toEqual(['POST /fields', 'POST /fieldOption/bulk', 'POST /fieldRels', 'POST /fieldRels']);
		expect(sent(ac, 'POST', '/fields')[0].body).toEqual({
			field: { title: 'Shirt Size', type: 'dropdown', descript: 'For swag', perstag: 'SHIRT' },
		});
		const fieldId = String(result.json[0].id);
		expect(sent(ac, 'POST', '/fieldOption/bulk')[0].body).toEqual({
			fieldOptions: [
				{ field: fieldId, label: 'Small', value: 'S', isdefault: 1, orderid: 1 },
				{ field: fieldId, label: 'M', value: 'M', isdefault: 0, orderid: 2 },
			],
		});
		expect(sent(ac, 'POST', '/fieldRels').map((request) => request.body)).toEqual([
			{ fieldRel: { field: fieldId, relid: '2' } },
			{ fieldRel: { field: fieldId, relid: '3' } },
		]);
		expect(result.json[0]).toMatchObject({ title: 'Shirt Size', type: 'dropdown' });
		expect(result.json[0].fieldOptions).toHaveLength(2);
		expect(result.json[0].fieldRels).toHaveLength(2);
		expect(result.json[0].links).toBeUndefined();
	});

	it('shows a new text field on all lists when no list is chosen', async () => {
		const result = await ac.run({ resource: 'contactField', operation: 'create', contactFieldTitle: 'Nickname', fieldType: 'text' });
		expect(result.error).toBeUndefined();
		expect(calls(ac)).toEqual(['POST /fields', 'POST /fieldRels']);
		expect(sent(ac, 'POST', '/fieldRels')[0].body).toEqual({ fieldRel: { field: String(result.json[0].id), relid: '0' } });
	});

	describe('bad input', () => {
		it('names a missing title', async () => {
			const noTitle = await ac.run({ resource: 'contactField', operation: 'create', contactFieldTitle: '={{ "" }}', fieldType: 'text' });
			expect(errorText(noTitle)).toContain('title');
		});
	});
});
