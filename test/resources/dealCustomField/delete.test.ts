import { rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('dealCustomField > delete', () => {
	const ac = useSandbox();

	it('delete by the label an update gave it', async () => {
		await ac.run({ resource: 'dealCustomField', operation: 'update', dealCustomField: rl('1'), dealCustomFieldUpdateFields: { fieldLabel: 'Source' } });
		const deleted = await ac.run({ resource: 'dealCustomField', operation: 'delete', dealCustomField: rl('Source', 'name') });
		expect(deleted.json).toEqual([{ deleted: true, dealCustomField: '1' }]);
	});
});
