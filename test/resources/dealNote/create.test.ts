import { bodyOf, rl } from '../../helpers/requests';
import { errorText, items } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('dealNote > create', () => {
	const ac = useSandbox();

	it('create on a deal chosen by title', async () => {
		const created = await ac.run({ resource: 'dealNote', operation: 'create', dealNoteDeal: rl('Deal 3: Expansion', 'name'), dealNoteText: 'Call back Monday' });
		expect(bodyOf(ac, 'POST', '/deals/3/notes')).toEqual({ note: { note: 'Call back Monday' } });
		expect(created.json).toEqual([expect.objectContaining({ note: 'Call back Monday', reltype: 'Deal', relid: '3' })]);
	});

	describe('bad input', () => {
		it('bad input: missing text, unknown deal with Continue On Fail', async () => {
			await expect(ac.run({ resource: 'dealNote', operation: 'create', dealNoteDeal: rl('1'), dealNoteText: '' })).rejects.toThrow(/Note/);
			const result = await ac.run(
				{ resource: 'dealNote', operation: 'create', dealNoteDeal: rl('={{ $json.id }}'), dealNoteText: 'x' },
				{ input: items('999', '1'), settings: continueOnFail },
			);
			expect(String(result.json[0].error)).toContain('deal 999 was not found');
			expect(result.json[1]).toMatchObject({ relid: '1' });
			expect(errorText(await ac.run({ resource: 'dealNote', operation: 'create', dealNoteDeal: rl('No such deal', 'name'), dealNoteText: 'x' }))).toContain(
				'No deal named "No such deal"',
			);
		});
	});
});
