import { bodyOf, rl } from '../../helpers/requests';
import { items } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('task > complete', () => {
	const ac = useSandbox();

	it('complete with an outcome', async () => {
		const done = await ac.run({ resource: 'task', operation: 'complete', task: rl('1'), completeOptions: { outcomeInfo: 'Went well' } });
		expect(bodyOf(ac, 'PUT', '/dealTasks/1')).toEqual({ dealTask: { status: 1, outcomeInfo: 'Went well' } });
		expect(String(done.json[0].status)).toBe('1');
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
	});
});
