import { sandboxApi, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('form > getAll', () => {
	const ac = useSandbox();

	it('lists every form, and pages with a Limit', async () => {
		for (let i = 0; i < 3; i++) await sandboxApi(ac.sandbox, 'POST', '/forms', { form: { name: `Form ${i}` } });
		const all = await ac.run({ resource: 'form', operation: 'getAll', returnAll: true });
		expect(all.json.map((form) => form.name)).toEqual(['Newsletter Signup', 'Form 0', 'Form 1', 'Form 2']);
		expect(all.json[0].links).toBeUndefined();
		ac.clearRequests();
		const two = await ac.run({ resource: 'form', operation: 'getAll', returnAll: false, limit: 2 });
		expect(two.json).toHaveLength(2);
		expect(sent(ac, 'GET', '/forms')[0].query).toMatchObject({ limit: '2', offset: '0' });
	});
});
