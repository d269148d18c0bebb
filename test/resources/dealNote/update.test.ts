import { bodyOf, rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('dealNote > update', () => {
	const ac = useSandbox();

	it('update a note created on the deal', async () => {
		const created = await ac.run({ resource: 'dealNote', operation: 'create', dealNoteDeal: rl('3'), dealNoteText: 'Call back Monday' });
		const id = String(created.json[0].id);
		const updated = await ac.run({ resource: 'dealNote', operation: 'update', dealNoteDeal: rl('3'), dealNoteNote: rl(id), dealNoteText: 'Call back Tuesday' });
		expect(bodyOf(ac, 'PUT', `/deals/3/notes/${id}`)).toEqual({ note: { note: 'Call back Tuesday' } });
		expect(updated.json[0]).toMatchObject({ id, note: 'Call back Tuesday' });
	});

	it('update refuses a note that is not on the deal, and changes nothing', async () => {
		const result = await ac.run({ resource: 'dealNote', operation: 'update', dealNoteDeal: rl('2'), dealNoteNote: rl('1'), dealNoteText: 'Hijacked' });
		expect(errorText(result)).toContain('The note 1 is not a note of the deal 2');
		expect(sent(ac, 'PUT', /^\/deals\/2\/notes\/1$/)).toHaveLength(0);
		expect(ac.sandbox.store.table('notes').get('1')?.note).toBe('First call went well.');
	});
});
