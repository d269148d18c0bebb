import { sandboxApi, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('customObjectSchema > getAll', () => {
	const ac = useSandbox();

	it('lists every schema, one item per schema', async () => {
		const result = await ac.run({ resource: 'customObjectSchema', operation: 'getAll', returnAll: true });
		expect(sent(ac, 'GET', '/customObjects/schemas')[0].query).toMatchObject({ limit: '100', offset: '0' });
		expect(result.json.map((schema) => schema.slug)).toEqual(['subscription', 'vehicle']);
	});

	it('Limit stops at that many, and deleted fields come on request', async () => {
		const result = await ac.run({ resource: 'customObjectSchema', operation: 'getAll', returnAll: false, limit: 1, customObjectSchemaGetAllOptions: { showFields: true } });
		expect(sent(ac, 'GET', '/customObjects/schemas')[0].query).toMatchObject({ limit: '1', offset: '0', showFields: 'all' });
		expect(result.json).toHaveLength(1);
		expect((result.json[0].fields as unknown[]).length).toBe(8);
	});

	it('the sandbox answers numeric paging meta, as the spec shows', async () => {
		const page = await sandboxApi(ac.sandbox, 'GET', '/customObjects/schemas?limit=1&offset=1');
		expect(page.meta).toEqual({ total: 2, count: 1, limit: 1, offset: 1 });
	});
});
