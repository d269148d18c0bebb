import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('contactField > delete', () => {
	const ac = useSandbox();

	it('deletes a field', async () => {
		const result = await ac.run({ resource: 'contactField', operation: 'delete', field: rl('8') });
		expect(sent(ac, 'DELETE', '/fields/8')).toHaveLength(1);
		expect(result.json).toEqual([{ deleted: true, field: '8' }]);
	});
});
