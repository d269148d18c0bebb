import { rl } from '../../helpers/requests';
import { items } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('note > delete', () => {
	const ac = useSandbox();

	it('delete', async () => {
		const deleted = await ac.run({ resource: 'note', operation: 'delete', note: rl('1') });
		expect(deleted.json).toEqual([{ deleted: true, note: '1' }]);
	});

	describe('bad input', () => {
		it('unknown note with Continue On Fail', async () => {
			const result = await ac.run(
				{ resource: 'note', operation: 'delete', note: rl('={{ $json.id }}') },
				{ input: items('404', '2'), settings: continueOnFail },
			);
			expect(String(result.json[0].error)).toMatch(/note 404 was not found/i);
			expect(result.json[1]).toEqual({ deleted: true, note: '2' });
		});
	});
});
