import { bodyOf, rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('note > update', () => {
	const ac = useSandbox();

	it('update keeps the record', async () => {
		const updated = await ac.run({ resource: 'note', operation: 'update', note: rl('1'), noteText: 'Second call too' });
		expect(bodyOf(ac, 'PUT', '/notes/1')).toEqual({ note: { note: 'Second call too', reltype: 'Subscriber', relid: '1' } });
		expect(updated.json[0]).toMatchObject({ note: 'Second call too' });
	});
});
