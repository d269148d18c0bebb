import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('tag > update', () => {
	const ac = useSandbox();

	it('updates a tag', async () => {
		const updated = await ac.run({ resource: 'tag', operation: 'update', tag: rl('2'), tagUpdateFields: { tagName: 'prospect' } });
		expect(sent(ac, 'PUT', '/tags/2')[0].body).toEqual({ tag: { tag: 'prospect' } });
		expect(updated.json[0]).toMatchObject({ id: '2', tag: 'prospect' });
	});
});
