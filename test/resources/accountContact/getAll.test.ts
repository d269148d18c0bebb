import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('accountContact > getAll', () => {
	const ac = useSandbox();

	it('lists the contacts of an account', async () => {
		const result = await ac.run({
			resource: 'accountContact',
			operation: 'getAll',
			returnAll: true,
			accountContactFilters: { account: rl('Compiler Works Inc', 'name') },
		});
		expect(sent(ac, 'GET', '/accountContacts')[0].query).toMatchObject({ 'filters[account]': '3', limit: '100' });
		expect(result.json).toEqual([expect.objectContaining({ account: '3', contact: '12' })]);
	});
});
