import { rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('list > create', () => {
	const ac = useSandbox();

	it('creates a list, deriving the URL name and resolving the owner by username', async () => {
		const result = await ac.run({
			resource: 'list',
			operation: 'create',
			listName: 'Product Updates',
			senderUrl: 'https://example.com',
			senderReminder: 'You signed up on our website.',
			listAdditionalFields: { owner: rl('jdoe', 'name'), send_last_broadcast: true, channel: 'email' },
		});
		expect(result.error).toBeUndefined();
		expect(sent(ac, 'POST', '/lists')[0].body).toEqual({
			list: {
				name: 'Product Updates',
				stringid: 'product-updates',
				sender_url: 'https://example.com',
				sender_reminder: 'You signed up on our website.',
				send_last_broadcast: 1,
				channel: 'email',
				user: '2',
			},
		});
		expect(result.json[0]).toMatchObject({ name: 'Product Updates', stringid: 'product-updates' });
		expect(result.json[0].links).toBeUndefined();
	});

	describe('bad input', () => {
		it('names a missing sender URL', async () => {
			const noUrl = await ac.run({ resource: 'list', operation: 'create', listName: 'X', senderUrl: '={{ "" }}', senderReminder: 'r' });
			expect(errorText(noUrl)).toContain('sender_url');
		});
	});
});
