import { calls, rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('contactField > update', () => {
	const ac = useSandbox();

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
});
