import { firstQueryValue, newSecret, secretOf, secretsMatch, withoutQuery, withSecret } from '../../nodes/ActiveCampaignTrigger/secret';

describe('secret.ts: the secret in the registered webhook URL', () => {
	it('newSecret: 48 hex characters, new each time', () => {
		const secret = newSecret();
		expect(secret).toMatch(/^[0-9a-f]{48}$/);
		expect(newSecret()).not.toBe(secret);
	});

	it('withSecret adds it to the query; secretOf reads it back; withoutQuery drops the query', () => {
		expect(withSecret('https://n8n.example.com/webhook/abc/webhook', 's1')).toBe('https://n8n.example.com/webhook/abc/webhook?secret=s1');
		expect(withSecret('https://n8n.example.com/webhook?x=1', 's1')).toBe('https://n8n.example.com/webhook?x=1&secret=s1');
		expect(secretOf('https://n8n.example.com/webhook?x=1&secret=s1#top')).toBe('s1');
		expect(secretOf('https://n8n.example.com/webhook?x=1')).toBeUndefined();
		expect(secretOf('https://n8n.example.com/webhook')).toBeUndefined();
		expect(withoutQuery('https://n8n.example.com/webhook?secret=s1#top')).toBe('https://n8n.example.com/webhook');
	});

	it('secretsMatch: only the same non-empty text', () => {
		expect(secretsMatch('abc', 'abc')).toBe(true);
		expect(secretsMatch('abc', 'abd')).toBe(false);
		expect(secretsMatch('abc', 'abcd')).toBe(false);
		expect(secretsMatch('', '')).toBe(false);
		expect(secretsMatch(['abc'], 'abc')).toBe(false);
		expect(secretsMatch('abc', undefined)).toBe(false);
	});

	it('firstQueryValue: the first of a repeated parameter', () => {
		expect(firstQueryValue(['a', 'b'])).toBe('a');
		expect(firstQueryValue('x')).toBe('x');
		expect(firstQueryValue([1])).toBeUndefined();
		expect(firstQueryValue(undefined)).toBeUndefined();
	});
});
