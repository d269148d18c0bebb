import { rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('task > get', () => {
	const ac = useSandbox();

	it('get', async () => {
		const got = await ac.run({ resource: 'task', operation: 'get', task: rl('2') });
		expect(got.json[0]).toMatchObject({ id: '2', title: 'Send welcome pack' });
	});
});
