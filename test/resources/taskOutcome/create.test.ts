import { bodyOf } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('taskOutcome > create', () => {
	const ac = useSandbox();

	it('creates a task outcome with its sentiment', async () => {
		const result = await ac.run({ resource: 'taskOutcome', operation: 'create', taskOutcomeTitle: 'Meeting booked', taskOutcomeSentiment: 'Positive' });
		expect(bodyOf(ac, 'POST', '/taskOutcomes')).toEqual({ taskOutcome: { title: 'Meeting booked', sentiment: 'Positive' } });
		expect(result.json[0]).toMatchObject({ id: '4', title: 'Meeting booked', sentiment: 'POSITIVE' });
		expect(result.json[0].links).toBeUndefined();
	});

	it('can create it disabled', async () => {
		await ac.run({
			resource: 'taskOutcome',
			operation: 'create',
			taskOutcomeTitle: 'Wrong number',
			taskOutcomeSentiment: 'Negative',
			taskOutcomeAdditionalFields: { disabled: true },
		});
		expect(bodyOf(ac, 'POST', '/taskOutcomes')).toEqual({ taskOutcome: { title: 'Wrong number', sentiment: 'Negative', disabled: '1' } });
	});

	describe('bad input', () => {
		it('names a title that exists already, and a missing one', async () => {
			const duplicate = await ac.run({ resource: 'taskOutcome', operation: 'create', taskOutcomeTitle: 'interested', taskOutcomeSentiment: 'Neutral' });
			expect(errorText(duplicate)).toContain('A task outcome with the same title already exists');
			expect(errorText(duplicate)).toContain('field "title"');
			const missing = await ac.run({ resource: 'taskOutcome', operation: 'create', taskOutcomeTitle: '={{ "" }}', taskOutcomeSentiment: 'Neutral' });
			expect(errorText(missing)).toContain('field "title"');
		});
	});
});
