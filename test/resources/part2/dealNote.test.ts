import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { bodyOf, errorText, items, rl, sent } from './helpers';

describe('dealNote', () => {
	const ac = useSandbox();

	it('create on a deal chosen by title, then update', async () => {
		const created = await ac.run({ resource: 'dealNote', operation: 'create', dealNoteDeal: rl('Deal 3: Expansion', 'name'), dealNoteText: 'Call back Monday' });
		expect(bodyOf(ac, 'POST', '/deals/3/notes')).toEqual({ note: { note: 'Call back Monday' } });
		expect(created.json).toEqual([expect.objectContaining({ note: 'Call back Monday', reltype: 'Deal', relid: '3' })]);
		const id = String(created.json[0].id);
		const updated = await ac.run({ resource: 'dealNote', operation: 'update', dealNoteDeal: rl('3'), dealNoteNote: rl(id), dealNoteText: 'Call back Tuesday' });
		expect(bodyOf(ac, 'PUT', `/deals/3/notes/${id}`)).toEqual({ note: { note: 'Call back Tuesday' } });
		expect(updated.json[0]).toMatchObject({ id, note: 'Call back Tuesday' });
	});

	it('update refuses a note that is not on the deal, and changes nothing', async () => {
		const result = await ac.run({ resource: 'dealNote', operation: 'update', dealNoteDeal: rl('2'), dealNoteNote: rl('1'), dealNoteText: 'Hijacked' });
		expect(errorText(result)).toContain('The note 1 is not a note of the deal 2');
		expect(sent(ac, 'PUT', /^\/deals\/2\/notes\/1$/)).toHaveLength(0);
		expect(ac.sandbox.store.t('notes').get('1')?.note).toBe('First call went well.');
	});

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
