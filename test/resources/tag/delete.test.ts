import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('tag > delete', () => {
	const ac = useSandbox();

	it('deletes a tag picked by the name an update gave it', async () => {
		await ac.run({ resource: 'tag', operation: 'update', tag: rl('2'), tagUpdateFields: { tagName: 'prospect' } });
		const deleted = await ac.run({ resource: 'tag', operation: 'delete', tag: rl('prospect', 'name') });
		expect(sent(ac, 'DELETE', '/tags/2')).toHaveLength(1);
		expect(deleted.json).toEqual([{ deleted: true, tag: '2' }]);
	});
});
