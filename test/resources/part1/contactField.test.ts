import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { calls, errorText, rl, sent, threeItems } from './helpers';

describe('contactField', () => {
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

	it('gets a field by title', async () => {
		const result = await ac.run({ resource: 'contactField', operation: 'get', field: rl('Birthday', 'name') });
		expect(result.error).toBeUndefined();
		expect(calls(ac)).toEqual(['GET /fields', 'GET /fields/2']);
		expect(result.json).toEqual([expect.objectContaining({ id: '2', title: 'Birthday', type: 'date' })]);
		expect(result.json[0].links).toBeUndefined();
	});

	it('lists fields with Limit and with a perstag filter', async () => {
		const limited = await ac.run({ resource: 'contactField', operation: 'getAll', limit: 3 });
		expect(limited.json).toHaveLength(3);
		expect(sent(ac, 'GET', '/fields')[0].query).toMatchObject({ limit: '3', offset: '0' });

		ac.clearRequests();
		const filtered = await ac.run({ resource: 'contactField', operation: 'getAll', returnAll: true, contactFieldFilters: { perstag: 'BIO' } });
		expect(sent(ac, 'GET', '/fields')[0].query).toMatchObject({ 'filters[perstag]': 'BIO', limit: '100' });
		expect(filtered.json).toEqual([expect.objectContaining({ title: 'Bio' })]);
	});

	it('updates a field, adds options and shows it on one more list', async () => {
		await ac.run({ resource: 'contactField', operation: 'create', contactFieldTitle: 'Region', fieldType: 'radio', contactFieldShowOnLists: ['1'] });
		ac.clearRequests();
		const result = await ac.run({
			resource: 'contactField',
			operation: 'update',
			field: rl('Region', 'name'),
			contactFieldUpdateFields: { title: 'Sales Region' },
			contactFieldUpdateFieldOptions: { option: [{ value: 'EMEA' }] },
			contactFieldUpdateShowOnLists: ['1', '2'],
		});
		expect(result.error).toBeUndefined();
		const id = String(result.json[0].id);
		expect(calls(ac)).toEqual(['GET /fields', `PUT /fields/${id}`, 'POST /fieldOption/bulk', `GET /fields/${id}`, 'POST /fieldRels']);
		expect(sent(ac, 'PUT', `/fields/${id}`)[0].body).toEqual({ field: { title: 'Sales Region' } });
		expect(sent(ac, 'POST', '/fieldRels')[0].body).toEqual({ fieldRel: { field: id, relid: '2' } });
		expect(result.json[0]).toMatchObject({ title: 'Sales Region' });
	});

	it('deletes a field', async () => {
		const result = await ac.run({ resource: 'contactField', operation: 'delete', field: rl('8') });
		expect(sent(ac, 'DELETE', '/fields/8')).toHaveLength(1);
		expect(result.json).toEqual([{ deleted: true, field: '8' }]);
	});

	describe('bad input', () => {
		it('names an unknown title, an unknown ID and a missing title', async () => {
			const byName = await ac.run({ resource: 'contactField', operation: 'get', field: rl('Shoe Size', 'name') });
			expect(errorText(byName.error)).toContain('Shoe Size');
			const byId = await ac.run({ resource: 'contactField', operation: 'get', field: rl('999') });
			expect(errorText(byId.error)).toContain('999');
			const noTitle = await ac.run({ resource: 'contactField', operation: 'create', contactFieldTitle: '={{ "" }}', fieldType: 'text' });
			expect(errorText(noTitle.error)).toContain('title');
		});

		it('with Continue On Fail, the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'contactField', operation: 'get', field: rl('={{ ["Bio", "Nope", "Plan"][$json.n - 1] }}', 'name') },
				{ input: threeItems, settings: continueOnFail },
			);
			expect(result.json.map((item) => item.title ?? item.error)).toEqual([
				'Bio',
				expect.stringContaining('Nope'),
				'Plan',
			]);
		});
	});
});
