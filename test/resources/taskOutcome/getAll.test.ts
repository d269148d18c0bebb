import { sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('taskOutcome > getAll', () => {
	const ac = useSandbox();

	it('lists task outcomes, one item per outcome', async () => {
		const result = await ac.run({ resource: 'taskOutcome', operation: 'getAll', returnAll: true });
		expect(result.json.map((outcome) => outcome.title)).toEqual(['Interested', 'Not Interested', 'Left voicemail']);
	});

	it('filters by sentiment with the API codes (1 negative, 2 neutral, 3 positive)', async () => {
		const negative = await ac.run({ resource: 'taskOutcome', operation: 'getAll', returnAll: true, taskOutcomeFilters: { sentiment: '1' } });
		expect(sent(ac, 'GET', '/taskOutcomes')[0].query).toMatchObject({ 'filters[sentiment]': '1' });
		expect(negative.json.map((outcome) => outcome.title)).toEqual(['Not Interested']);
		const neutral = await ac.run({ resource: 'taskOutcome', operation: 'getAll', limit: 5, taskOutcomeFilters: { sentiment: '2' } });
		expect(neutral.json.map((outcome) => outcome.title)).toEqual(['Left voicemail']);
	});
});
