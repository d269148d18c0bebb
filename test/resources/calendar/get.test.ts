import { pickerContext, pickerMethods } from '../../helpers/loadOptions';
import { rl, sent } from '../../helpers/requests';
import { errorText, threeItems } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('calendar > get', () => {
	const ac = useSandbox();

	it('gets a calendar feed by title', async () => {
		const result = await ac.run({ resource: 'calendar', operation: 'get', calendar: rl(' deal TASKS ', 'name') });
		expect(sent(ac, 'GET', '/calendars/2')).toHaveLength(1);
		expect(result.json[0]).toMatchObject({ id: '2', title: 'Deal tasks', type: 'Deals' });
		expect(result.json[0].links).toBeUndefined();
	});

	it('gets one by ID, raw with Simplify off', async () => {
		const result = await ac.run({ resource: 'calendar', operation: 'get', calendar: rl('1'), simplify: false });
		expect((result.json[0].calendar as { title: string }).title).toBe('Team calendar');
	});

	it('From List lists them by title, and searches', async () => {
		const { listSearch } = pickerMethods();
		const every = await listSearch.searchCalendars.call(pickerContext(ac, {}));
		expect(every.results.map((entry) => entry.name)).toEqual(['Team calendar', 'Deal tasks']);
		const some = await listSearch.searchCalendars.call(pickerContext(ac, {}), 'deal');
		expect(some.results).toEqual([{ name: 'Deal tasks', value: '2' }]);
	});

	describe('bad input', () => {
		it('names an unknown title, an unknown ID and a non-numeric ID', async () => {
			expect(errorText(await ac.run({ resource: 'calendar', operation: 'get', calendar: rl('Holidays', 'name') }))).toContain(
				'No calendar feed named "Holidays"',
			);
			expect(errorText(await ac.run({ resource: 'calendar', operation: 'get', calendar: rl('404') }))).toContain('calendar feed 404 was not found');
			expect(errorText(await ac.run({ resource: 'calendar', operation: 'get', calendar: rl('={{ "abc" }}') }))).toContain('"abc" is not a valid calendar feed ID');
		});

		it('with Continue On Fail, the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'calendar', operation: 'get', calendar: rl('={{ ["Team calendar", "nope", "Deal tasks"][$json.n - 1] }}', 'name') },
				{ input: threeItems, settings: continueOnFail },
			);
			expect(result.json.map((item) => item.title ?? item.error)).toEqual(['Team calendar', expect.stringContaining('nope'), 'Deal tasks']);
		});
	});
});
