import { useSandbox } from '../../helpers/sandbox';

describe('dealCustomField > getAll', () => {
	const ac = useSandbox();

	it('getAll', async () => {
		const all = await ac.run({ resource: 'dealCustomField', operation: 'getAll', returnAll: true });
		expect(all.json.map((field) => field.fieldLabel)).toEqual(['Lead Source', 'Close Date']);
	});
});
