import { useSandbox } from '../../helpers/sandbox';

function busiestSecond(startTimes: number[]): number {
	const sorted = [...startTimes].sort((a, b) => a - b);
	let most = 0;
	for (let i = 0; i < sorted.length; i++) {
		let j = i;
		while (j < sorted.length && sorted[j] < sorted[i] + 1000) j++;
		most = Math.max(most, j - i);
	}
	return most;
}

describe('account-wide pacing (sandbox rate limit on: 5 requests/second)', () => {
	const ac = useSandbox({ rateLimit: 5 });

	it('runs 50 concurrent items with zero 429s and never more than 5 requests in a second', async () => {
		const input = Array.from({ length: 50 }, () => ({ json: { id: '1' } }));
		const result = await ac.run(
			{ resource: 'tag', operation: 'get', tag: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			{ input },
		);

		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(50);
		const requests = ac.sandbox.requests.filter((request) => request.path === '/api/3/tags/1');
		expect(requests).toHaveLength(50);
		expect(requests.filter((request) => request.status === 429)).toHaveLength(0);
		expect(busiestSecond(requests.map((request) => request.startedAt))).toBeLessThanOrEqual(5);
	});

});
