import { sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('tag > create', () => {
	const ac = useSandbox();

	it('creates a tag', async () => {
		const result = await ac.run({ resource: 'tag', operation: 'create', tagName: 'Event 2027', tagAdditionalFields: { description: 'Guests' } });
		expect(sent(ac, 'POST', '/tags')[0].body).toEqual({ tag: { tag: 'Event 2027', description: 'Guests' } });
		expect(result.json[0]).toMatchObject({ tag: 'Event 2027', description: 'Guests' });
		expect(result.json[0].links).toBeUndefined();
	});

	describe('bad input', () => {
		it('names a missing name', async () => {
			const missing = await ac.run({ resource: 'tag', operation: 'create', tagName: '={{ "" }}' });
			expect(errorText(missing)).toContain('field "tag"');
		});
	});
});
