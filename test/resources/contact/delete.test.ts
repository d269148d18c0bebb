import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('contact > delete', () => {
	const ac = useSandbox();

	it('deletes a contact and says which', async () => {
		const result = await ac.run({ resource: 'contact', operation: 'delete', contact: rl('ada.lovelace@example.org', 'email') });
		expect(result.error).toBeUndefined();
		expect(sent(ac, 'DELETE', '/contacts/1')).toHaveLength(1);
		expect(result.json).toEqual([{ deleted: true, contact: '1' }]);
	});
});
