import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('list > update', () => {
	const ac = useSandbox();

	it('updates a list with PATCH', async () => {
		const result = await ac.run({ resource: 'list', operation: 'update', list: rl('3', 'list'), listUpdateFields: { listName: 'Clients' } });
		expect(result.error).toBeUndefined();
		expect(sent(ac, 'PATCH', '/lists/3')[0].body).toEqual({ list: { name: 'Clients' } });
		expect(result.json[0]).toMatchObject({ id: '3', name: 'Clients' });
	});
});
