import { pickerContext, pickerMethods } from '../../helpers/loadOptions';
import { rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('taskOutcome > get', () => {
	const ac = useSandbox();

	it('gets a task outcome by title', async () => {
		const result = await ac.run({ resource: 'taskOutcome', operation: 'get', taskOutcome: rl('Not interested', 'name') });
		expect(sent(ac, 'GET', '/taskOutcomes/2')).toHaveLength(1);
		expect(result.json[0]).toMatchObject({ id: '2', title: 'Not Interested', sentiment: 'NEGATIVE' });
	});

	it('From List lists them by title, and searches', async () => {
		const { listSearch } = pickerMethods();
		const every = await listSearch.searchTaskOutcomes.call(pickerContext(ac, {}));
		expect(every.results.map((entry) => entry.name)).toEqual(['Interested', 'Not Interested', 'Left voicemail']);
		const some = await listSearch.searchTaskOutcomes.call(pickerContext(ac, {}), 'interest');
		expect(some.results).toEqual([{ name: 'Interested', value: '1' }, { name: 'Not Interested', value: '2' }]);
	});

	describe('bad input', () => {
		it('names an unknown title and an unknown ID', async () => {
			expect(errorText(await ac.run({ resource: 'taskOutcome', operation: 'get', taskOutcome: rl('Maybe', 'name') }))).toContain(
				'No task outcome named "Maybe"',
			);
			expect(errorText(await ac.run({ resource: 'taskOutcome', operation: 'get', taskOutcome: rl('111') }))).toContain('task outcome 111 was not found');
		});
	});
});
