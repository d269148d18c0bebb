import { rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('note > get', () => {
	const ac = useSandbox();

	it('get', async () => {
		const got = await ac.run({ resource: 'note', operation: 'get', note: rl('1') });
		expect(got.json[0]).toMatchObject({ id: '1', note: 'First call went well.' });
	});
});
