import { rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('contactTag > remove', () => {
	const ac = useSandbox();

	it('removes a tag through its association, and says "not tagged" when absent', async () => {
		const removed = await ac.run({ resource: 'contactTag', operation: 'remove', contactTagContact: rl('1'), contactTagTag: rl('customer', 'name') });
		expect(removed.error).toBeUndefined();
		const deletes = ac.sandbox.requests.filter((request) => request.method === 'DELETE');
		expect(deletes.map((request) => request.path)).toEqual([expect.stringMatching(/^\/api\/3\/contactTags\/\d+$/)]);
		expect(removed.json).toEqual([expect.objectContaining({ removed: true, contact: '1', tag: '1' })]);

		ac.clearRequests();
		const again = await ac.run({ resource: 'contactTag', operation: 'remove', contactTagContact: rl('1'), contactTagTag: rl('1') });
		expect(again.error).toBeUndefined();
		expect(ac.sandbox.requests.filter((request) => request.method === 'DELETE')).toHaveLength(0);
		expect(again.json).toEqual([expect.objectContaining({ removed: false, notTagged: true })]);
	});
});
