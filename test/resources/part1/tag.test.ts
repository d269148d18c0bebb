import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { errorText, rl, sent, threeItems } from './helpers';

describe('tag', () => {
	const ac = useSandbox();

	it('creates a tag', async () => {
		const result = await ac.run({ resource: 'tag', operation: 'create', tagName: 'Event 2027', tagAdditionalFields: { description: 'Guests' } });
		expect(sent(ac, 'POST', '/tags')[0].body).toEqual({ tag: { tag: 'Event 2027', description: 'Guests' } });
		expect(result.json[0]).toMatchObject({ tag: 'Event 2027', description: 'Guests' });
		expect(result.json[0].links).toBeUndefined();
	});

	it('gets a tag by name', async () => {
		const result = await ac.run({ resource: 'tag', operation: 'get', tag: rl('VIP', 'name') });
		expect(sent(ac, 'GET', '/tags/3')).toHaveLength(1);
		expect(result.json[0]).toMatchObject({ id: '3', tag: 'vip' });
	});

	it('lists tags with a search, one item per tag', async () => {
		const result = await ac.run({ resource: 'tag', operation: 'getAll', returnAll: true, tagFilters: { search: 'e' } });
		expect(sent(ac, 'GET', '/tags')[0].query).toMatchObject({ search: 'e', limit: '100', offset: '0' });
		expect(result.json.map((tag) => tag.tag)).toEqual(['customer', 'lead', 'newsletter', 'webinar-2026']);
	});

	it('updates and deletes a tag', async () => {
		const updated = await ac.run({ resource: 'tag', operation: 'update', tag: rl('2'), tagUpdateFields: { tagName: 'prospect' } });
		expect(sent(ac, 'PUT', '/tags/2')[0].body).toEqual({ tag: { tag: 'prospect' } });
		expect(updated.json[0]).toMatchObject({ id: '2', tag: 'prospect' });
		const deleted = await ac.run({ resource: 'tag', operation: 'delete', tag: rl('prospect', 'name') });
		expect(sent(ac, 'DELETE', '/tags/2')).toHaveLength(1);
		expect(deleted.json).toEqual([{ deleted: true, tag: '2' }]);
	});

	describe('bad input', () => {
		it('names an unknown name, an unknown ID and a missing name', async () => {
			expect(errorText((await ac.run({ resource: 'tag', operation: 'get', tag: rl('nope', 'name') })).error)).toContain('nope');
			expect(errorText((await ac.run({ resource: 'tag', operation: 'get', tag: rl('404') })).error)).toContain('404');
			const missing = await ac.run({ resource: 'tag', operation: 'create', tagName: '={{ "" }}' });
			expect(errorText(missing.error)).toContain('field "tag"');
		});

		it('with Continue On Fail, the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'tag', operation: 'get', tag: rl('={{ ["lead", "nope", "vip"][$json.n - 1] }}', 'name') },
				{ input: threeItems, settings: continueOnFail },
			);
			expect(result.json.map((item) => item.tag ?? item.error)).toEqual(['lead', expect.stringContaining('nope'), 'vip']);
		});
	});
});
