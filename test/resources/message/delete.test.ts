import { rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('message > delete', () => {
	const ac = useSandbox();

	it('delete', async () => {
		expect((await ac.run({ resource: 'message', operation: 'delete', message: rl('2') })).json).toEqual([{ deleted: true, message: '2' }]);
	});
});
