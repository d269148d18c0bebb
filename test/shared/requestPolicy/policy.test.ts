import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { isRepeatable } from '../../../nodes/ActiveCampaign/shared/requestPolicy/policy';

const getTag1 = { resource: 'tag', operation: 'get', tag: { __rl: true, mode: 'id', value: '1' } };

describe('retries', () => {
	const ac = useSandbox();

	it('waits for Retry-After on a 429 and then succeeds', async () => {
		ac.sandbox.injectFault({ method: 'GET', path: '/api/3/tags/1', status: 429, headers: { 'Retry-After': '2' }, times: 1 });
		const result = await ac.run(getTag1);
		expect(result.error).toBeUndefined();
		expect(result.json[0].id).toBe('1');
		const attempts = ac.sandbox.requests.filter((request) => request.path === '/api/3/tags/1');
		expect(attempts.map((attempt) => attempt.status)).toEqual([429, 200]);
		const waited = attempts[1].startedAt - attempts[0].finishedAt;
		expect(waited).toBeGreaterThanOrEqual(1900);
	});

	it('retries a 429 on a create too (ActiveCampaign did not process it)', async () => {
		ac.sandbox.injectFault({ method: 'POST', path: '/api/3/tags', status: 429, headers: { 'Retry-After': '1' }, times: 1 });
		const result = await ac.run({ resource: 'tag', operation: 'create', tagName: 'Retried once' });
		expect(result.error).toBeUndefined();
		expect(result.json[0].tag).toBe('Retried once');
		expect(ac.sandbox.requests.filter((request) => request.method === 'POST').map((request) => request.status)).toEqual([429, 201]);
	});

	it('retries a 500 on a GET', async () => {
		ac.sandbox.injectFault({ method: 'GET', path: '/api/3/tags/1', status: 500, times: 1 });
		const result = await ac.run(getTag1);
		expect(result.error).toBeUndefined();
		expect(ac.sandbox.requests.filter((request) => request.path === '/api/3/tags/1').map((request) => request.status)).toEqual([500, 200]);
	});

	it('retries a dropped connection on a GET', async () => {
		ac.sandbox.injectFault({ method: 'GET', path: '/api/3/tags/1', status: 0, resetConnection: true, times: 1 });
		const result = await ac.run(getTag1);
		expect(result.error).toBeUndefined();
		expect(result.json[0].id).toBe('1');
	});

	it('does not retry a 500 on a create, and says so clearly', async () => {
		ac.sandbox.injectFault({ method: 'POST', path: '/api/3/tags', status: 500, times: 1 });
		const result = await ac.run({ resource: 'tag', operation: 'create', tagName: 'Only once' });
		expect(result.error).toMatchObject({ httpCode: '500', message: 'ActiveCampaign had a server error (500)' });
		expect(ac.sandbox.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
	});

	it('gives up on a 500 after a bounded number of retries', async () => {
		ac.sandbox.injectFault({ method: 'GET', path: '/api/3/tags/1', status: 500, times: 10 });
		const result = await ac.run(getTag1, { settings: continueOnFail });
		expect(result.json[0].error).toBe('ActiveCampaign had a server error (500)');
		expect(ac.sandbox.requests.filter((request) => request.path === '/api/3/tags/1')).toHaveLength(4);
	});
});

describe('policy.ts: which requests may be sent again', () => {
	it('isRepeatable: every method but POST, and the POSTs that set a state', () => {
		expect(isRepeatable({ method: 'GET', path: '/tags/1' })).toBe(true);
		expect(isRepeatable({ method: 'PUT', path: '/tags/1' })).toBe(true);
		expect(isRepeatable({ method: 'DELETE', path: '/tags/1' })).toBe(true);
		expect(isRepeatable({ method: 'POST', path: '/tags' })).toBe(false);
		expect(isRepeatable({ method: 'POST', path: '/import/bulk_import' })).toBe(false);
		expect(isRepeatable({ method: 'POST', path: '/contact/sync' })).toBe(true);
		expect(isRepeatable({ method: 'post', path: '/fieldValues?x=1' })).toBe(true);
		expect(isRepeatable({ method: 'POST', path: '/contactLists' })).toBe(true);
	});
});
