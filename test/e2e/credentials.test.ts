/** n8n's own credential test (the credential type's `test` request) against the sandbox, in a real n8n. */
import { n8n, sandboxWithCredential, type SandboxWithCredential } from './helpers';
import { CREDENTIAL_TYPE } from '../../scripts/n8n/instance';

describe('credential test in n8n', () => {
	let env: SandboxWithCredential;
	beforeAll(async () => {
		env = await sandboxWithCredential();
	});
	afterAll(async () => {
		await env?.close();
	});

	it('succeeds with the sandbox URL and token', async () => {
		const result = await env.n8n.testCredential(env.credential.id);
		expect(result).toEqual(expect.objectContaining({ status: 'OK' }));
		const calls = env.sandbox.requests.filter((r) => r.path.startsWith('/api/3/'));
		expect(calls.length).toBeGreaterThan(0);
		expect(calls[calls.length - 1].status).toBe(200);
	});

	it('fails clearly with a wrong token', async () => {
		const client = n8n();
		const bad = await client.createCredential({
			name: 'ActiveCampaign e2e wrong token',
			type: CREDENTIAL_TYPE,
			data: { url: env.sandbox.url, apiToken: 'not-the-token' },
		});
		try {
			const result = await client.testCredential(bad.id);
			expect(result.status).toBe('Error');
			// The message must tell the user what is wrong, not only a status code.
			expect(result.message).toMatch(/token|key|auth|401|403/i);
			const last = env.sandbox.requests[env.sandbox.requests.length - 1];
			expect([401, 403]).toContain(last.status);
		} finally {
			await client.deleteCredential(bad.id);
		}
	});

	it('fails clearly when the URL does not answer', async () => {
		const client = n8n();
		const bad = await client.createCredential({
			name: 'ActiveCampaign e2e wrong url',
			type: CREDENTIAL_TYPE,
			data: { url: 'http://127.0.0.1:9', apiToken: env.sandbox.token },
		});
		try {
			const result = await client.testCredential(bad.id);
			expect(result.status).toBe('Error');
			expect(result.message.length).toBeGreaterThan(5);
		} finally {
			await client.deleteCredential(bad.id);
		}
	});
});
