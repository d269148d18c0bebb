import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { startSandbox, type Sandbox } from '../../sandbox';
import { testCredential } from '../helpers/credentialTest';

/** A stand-in for hosts that are not ActiveCampaign's API: it answers every request the same way. */
async function fakeHost(status: number, headers: Record<string, string>, body: string) {
	const server = http.createServer((_request, response) => {
		response.writeHead(status, headers);
		response.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return { url, close: async () => await new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('credential connection test (as n8n runs it)', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox({ rateLimit: false });
	});
	afterAll(async () => await sandbox.close());

	it.each(['', '/', '/api/3', '/api/3/', '/app/contacts?tab=all'])(
		'succeeds against the sandbox when the URL ends with "%s"',
		async (suffix) => {
			const result = await testCredential({ url: sandbox.url + suffix, apiToken: sandbox.token });
			expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
			expect(sandbox.requests.at(-1)?.path).toBe('/api/3/users/me');
		},
	);

	it('explains a wrong token without repeating it', async () => {
		const result = await testCredential({ url: sandbox.url, apiToken: 'not-the-token-123' });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/rejected the API token/);
		expect(result.message).not.toContain('not-the-token-123');
	});

	it('explains an address where no API answers (404)', async () => {
		const host = await fakeHost(404, { 'content-type': 'text/html' }, '<h1>Not found</h1>');
		try {
			const result = await testCredential({ url: `${host.url}/app/contacts`, apiToken: 'x' });
			expect(result).toEqual({ status: 'Error', message: expect.stringMatching(/No ActiveCampaign API answers at this address/) });
		} finally {
			await host.close();
		}
	});

	it('explains a redirect instead of following it', async () => {
		const host = await fakeHost(302, { location: 'https://example.invalid/login' }, '');
		try {
			const result = await testCredential({ url: host.url, apiToken: 'x' });
			expect(result.message).toMatch(/redirects elsewhere/);
		} finally {
			await host.close();
		}
	});

	it('explains a page that answers 200 but is not the API', async () => {
		const host = await fakeHost(200, { 'content-type': 'text/html' }, '<html>Log in to ActiveCampaign</html>');
		try {
			const result = await testCredential({ url: host.url, apiToken: 'x' });
			expect(result.message).toMatch(/not like the ActiveCampaign API/);
		} finally {
			await host.close();
		}
	});

	it('reports an unreachable host', async () => {
		const host = await fakeHost(200, {}, '');
		await host.close();
		const result = await testCredential({ url: host.url, apiToken: 'x' });
		expect(result).toEqual({ status: 'Error', message: 'ECONNREFUSED' });
	});
});
