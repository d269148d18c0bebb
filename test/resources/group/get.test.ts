import { pickerContext, pickerMethods } from '../../helpers/loadOptions';
import { rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('group > get', () => {
	const ac = useSandbox();

	it('gets a user group by title, with its permissions', async () => {
		const result = await ac.run({ resource: 'group', operation: 'get', userGroup: rl('Sales team', 'name') });
		expect(sent(ac, 'GET', '/groups/2')).toHaveLength(1);
		expect(result.json[0]).toMatchObject({ id: '2', title: 'Sales Team', p_admin: '0', pgDeal: '1' });
		expect(result.json[0].links).toBeUndefined();
	});

	it('gets one by ID (the group of the seeded users)', async () => {
		const result = await ac.run({ resource: 'group', operation: 'get', userGroup: rl('1') });
		expect(result.json[0]).toMatchObject({ id: '1', title: 'Admin', p_admin: '1' });
	});

	it('From List lists them by title, and searches', async () => {
		const { listSearch } = pickerMethods();
		const every = await listSearch.searchGroups.call(pickerContext(ac, {}));
		expect(every.results.map((entry) => entry.name)).toEqual(['Admin', 'Sales Team']);
		const some = await listSearch.searchGroups.call(pickerContext(ac, {}), 'sales');
		expect(some.results).toEqual([{ name: 'Sales Team', value: '2' }]);
	});

	describe('bad input', () => {
		it('names an unknown title, and an unknown ID (ActiveCampaign answers 403 "No Result found")', async () => {
			expect(errorText(await ac.run({ resource: 'group', operation: 'get', userGroup: rl('Support', 'name') }))).toContain(
				'No user group named "Support"',
			);
			expect(errorText(await ac.run({ resource: 'group', operation: 'get', userGroup: rl('10') }))).toContain('user group 10 was not found');
		});
	});
});
