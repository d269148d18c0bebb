import { bodyOf, rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('message > update', () => {
	const ac = useSandbox();

	it('update', async () => {
		const updated = await ac.run({ resource: 'message', operation: 'update', message: rl('2'), messageUpdateFields: { subject: 'June news', replyTo: 'team@acme.example' } });
		expect(bodyOf(ac, 'PUT', '/messages/2')).toEqual({ message: { subject: 'June news', reply2: 'team@acme.example' } });
		expect(updated.json[0]).toMatchObject({ subject: 'June news' });
	});
});
