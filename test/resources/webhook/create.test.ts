import { rl } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('webhook > create', () => {
	const ac = useSandbox();

	describe('bad input', () => {
		it('missing events, unknown list name', async () => {
			await expect(
				ac.run({ resource: 'webhook', operation: 'create', webhookName: 'x', url: 'https://example.com/h', events: [], sources: ['api'] }),
			).rejects.toThrow(/Events/);
			expect(
				errorText(
					await ac.run({
						resource: 'webhook',
						operation: 'create',
						webhookName: 'x',
						url: 'https://example.com/h',
						events: ['subscribe'],
						sources: ['api'],
						webhookAdditionalFields: { list: rl('Nope', 'name') },
					}),
				),
			).toContain('No list named "Nope"');
		});
	});
});
