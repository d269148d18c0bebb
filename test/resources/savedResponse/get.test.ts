import { pickerContext, pickerMethods } from '../../helpers/loadOptions';
import { rl, sent } from '../../helpers/requests';
import { errorText, threeItems } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('savedResponse > get', () => {
	const ac = useSandbox();

	it('gets a saved response by title', async () => {
		const result = await ac.run({ resource: 'savedResponse', operation: 'get', savedResponse: rl('pricing', 'name') });
		expect(sent(ac, 'GET', '/savedResponses/2')).toHaveLength(1);
		expect(result.json[0]).toMatchObject({ id: '2', title: 'Pricing', subject: 'Our pricing' });
		expect(result.json[0].links).toBeUndefined();
	});

	it('From List lists them by title, and searches', async () => {
		const { listSearch } = pickerMethods();
		const every = await listSearch.searchSavedResponses.call(pickerContext(ac, {}));
		expect(every.results.map((entry) => entry.name)).toEqual(['Follow-up', 'Pricing']);
		const some = await listSearch.searchSavedResponses.call(pickerContext(ac, {}), 'pric');
		expect(some.results).toEqual([{ name: 'Pricing', value: '2' }]);
	});

	describe('bad input', () => {
		it('names an unknown title and an unknown ID', async () => {
			expect(errorText(await ac.run({ resource: 'savedResponse', operation: 'get', savedResponse: rl('Nope', 'name') }))).toContain(
				'No saved response named "Nope"',
			);
			expect(errorText(await ac.run({ resource: 'savedResponse', operation: 'get', savedResponse: rl('404') }))).toContain(
				'saved response 404 was not found',
			);
		});

		it('with Continue On Fail, the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'savedResponse', operation: 'get', savedResponse: rl('={{ ["1", "999", "2"][$json.n - 1] }}') },
				{ input: threeItems, settings: continueOnFail },
			);
			expect(result.json.map((item) => item.title ?? item.error)).toEqual(['Follow-up', expect.stringContaining('999'), 'Pricing']);
		});
	});
});
