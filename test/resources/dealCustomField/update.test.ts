import { bodyOf, rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('dealCustomField > update', () => {
	const ac = useSandbox();

	it('update', async () => {
		const updated = await ac.run({ resource: 'dealCustomField', operation: 'update', dealCustomField: rl('1'), dealCustomFieldUpdateFields: { fieldLabel: 'Source' } });
		expect(bodyOf(ac, 'PUT', '/dealCustomFieldMeta/1')).toEqual({ dealCustomFieldMetum: { fieldLabel: 'Source' } });
		expect(updated.json[0]).toMatchObject({ fieldLabel: 'Source' });
	});
});
