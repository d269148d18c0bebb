import { continueOnFail, useSandbox } from '../helpers/sandbox';
import { runNode } from '../helpers/runNode';
import { ActiveCampaign } from '../../nodes/ActiveCampaign/ActiveCampaign.node';

describe('error messages', () => {
	const ac = useSandbox();

	it('422 names the field from source.pointer and the API title', async () => {
		ac.sandbox.injectFault({
			method: 'POST',
			path: '/api/3/tags',
			status: 422,
			body: { errors: [{ title: 'The tag name is already in use', detail: '', code: 'duplicate', source: { pointer: '/data/attributes/tag' } }] },
		});
		const result = await ac.run({ resource: 'tag', operation: 'create', tagName: 'Dup' });
		expect(result.error).toMatchObject({ httpCode: '422' });
		expect(result.error?.message).toBe('ActiveCampaign rejected the POST request: field "tag": The tag name is already in use');
	});

	it('404 says which record was not found', async () => {
		const result = await ac.run({ resource: 'tag', operation: 'get', tag: { __rl: true, mode: 'id', value: '99999' } });
		expect(result.error).toMatchObject({ httpCode: '404', message: 'The tag 99999 was not found in ActiveCampaign' });
	});

	it('403 says the token or the permission is wrong, and never shows the token', async () => {
		const result = await runNode({
			nodeType: new ActiveCampaign(),
			credentials: { url: ac.sandbox.url, apiToken: 'wrong-secret-token-42' },
			parameters: { resource: 'tag', operation: 'get', tag: { __rl: true, mode: 'id', value: '1' } },
		});
		expect(result.error?.message).toMatch(/API token is wrong, or its user lacks permission/);
		expect(JSON.stringify(result.run)).not.toContain('wrong-secret-token-42');
	});

	it('402 says the account has a billing problem', async () => {
		ac.sandbox.injectFault({ method: 'GET', path: '/api/3/tags/1', status: 402, body: { message: 'Payment Required' } });
		const result = await ac.run({ resource: 'tag', operation: 'get', tag: { __rl: true, mode: 'id', value: '1' } });
		expect(result.error?.message).toMatch(/billing problem/);
	});

	it('never puts the token in an error item or the run data', async () => {
		ac.sandbox.injectFault({ method: 'GET', path: '/api/3/tags/1', status: 500, times: 10 });
		const result = await ac.run(
			{ resource: 'tag', operation: 'get', tag: { __rl: true, mode: 'id', value: '1' } },
			{ settings: continueOnFail },
		);
		expect(result.json[0].error).toBeDefined();
		expect(JSON.stringify(result.run)).not.toContain(ac.sandbox.token);
	});

	it('with Continue On Fail, one bad item becomes an error item and the others succeed', async () => {
		const input = [{ json: { id: '1' } }, { json: { id: '99999' } }, { json: { id: '2' } }];
		const result = await ac.run(
			{ resource: 'tag', operation: 'get', tag: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			{ input, settings: continueOnFail },
		);
		expect(result.json).toHaveLength(3);
		expect(result.json[0].id).toBe('1');
		expect(result.json[1].error).toBe('The tag 99999 was not found in ActiveCampaign');
		expect(result.json[2].id).toBe('2');
	});

	it('an unknown name is a clear error naming the value', async () => {
		const result = await ac.run({ resource: 'tag', operation: 'get', tag: { __rl: true, mode: 'name', value: 'No Such Tag' } });
		expect(result.error?.message).toBe('No tag named "No Such Tag" exists in ActiveCampaign');
	});
});

describe('a 403 with its own reason', () => {
	const ac = useSandbox();

	it('shows the API reason instead of blaming the token', async () => {
		ac.sandbox.injectFault({ method: 'POST', path: '/api/3/tags', status: 403, body: { message: 'You do not have permission to create tags.' } });
		const result = await ac.run({ resource: 'tag', operation: 'create', tagName: 'Denied' });
		expect(result.error?.message).toBe('ActiveCampaign refused the POST request: You do not have permission to create tags.');
	});
});
