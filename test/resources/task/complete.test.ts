import { bodyOf, calls, rl } from '../../helpers/requests';
import { errorText, items } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('task > complete', () => {
	const ac = useSandbox();

	it('complete with an outcome', async () => {
		const done = await ac.run({ resource: 'task', operation: 'complete', task: rl('1'), completeOptions: { outcomeInfo: 'Went well' } });
		expect(bodyOf(ac, 'PUT', '/dealTasks/1')).toEqual({ dealTask: { status: 1, outcomeInfo: 'Went well' } });
		expect(String(done.json[0].status)).toBe('1');
	});

	it('picks the outcome by its title', async () => {
		const done = await ac.run({
			resource: 'task',
			operation: 'complete',
			task: rl('1'),
			completeOptions: { outcome: rl('left VOICEMAIL', 'name'), outcomeInfo: 'Call back Monday' },
		});
		expect(calls(ac)).toEqual(['GET /taskOutcomes', 'PUT /dealTasks/1']);
		expect(bodyOf(ac, 'PUT', '/dealTasks/1')).toEqual({ dealTask: { status: 1, outcomeId: '3', outcomeInfo: 'Call back Monday' } });
		expect(done.json[0]).toMatchObject({ outcomeId: '3', outcomeInfo: 'Call back Monday' });
	});

	it('picks the outcome from the list (an ID) without a lookup', async () => {
		await ac.run({ resource: 'task', operation: 'complete', task: rl('1'), completeOptions: { outcome: rl('2', 'list') } });
		expect(calls(ac)).toEqual(['PUT /dealTasks/1']);
		expect(bodyOf(ac, 'PUT', '/dealTasks/1')).toEqual({ dealTask: { status: 1, outcomeId: '2' } });
	});

	it('keeps the Outcome ID option of existing workflows', async () => {
		await ac.run({ resource: 'task', operation: 'complete', task: rl('1'), completeOptions: { outcomeId: 1 } });
		expect(bodyOf(ac, 'PUT', '/dealTasks/1')).toEqual({ dealTask: { status: 1, outcomeId: 1 } });
	});

	describe('bad input', () => {
		it('unknown task with Continue On Fail', async () => {
			const result = await ac.run(
				{ resource: 'task', operation: 'complete', task: rl('={{ $json.id }}') },
				{ input: items('1', '500'), settings: continueOnFail },
			);
			expect(result.json[0]).toMatchObject({ id: '1' });
			expect(String(result.json[1].error)).toContain('task 500 was not found');
		});

		it('names an unknown outcome, and sends nothing to the task', async () => {
			const result = await ac.run({ resource: 'task', operation: 'complete', task: rl('1'), completeOptions: { outcome: rl('Signed', 'name') } });
			expect(errorText(result)).toContain('No task outcome named "Signed"');
			expect(calls(ac)).not.toContain('PUT /dealTasks/1');
		});

		it('refuses an Outcome and an Outcome ID that differ', async () => {
			const result = await ac.run({
				resource: 'task',
				operation: 'complete',
				task: rl('1'),
				completeOptions: { outcome: rl('Interested', 'name'), outcomeId: 2 },
			});
			expect(errorText(result)).toContain('Outcome ID (2) name different outcomes');
			expect(calls(ac)).not.toContain('PUT /dealTasks/1');
		});
	});
});
