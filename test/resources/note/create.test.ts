import { bodyOf, rl } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('note > create', () => {
	const ac = useSandbox();

	it.each([
		['contact', { noteContact: rl('ada.lovelace@example.org', 'email') }, 'Subscriber', '1'],
		['deal', { noteDeal: rl('Deal 2: Support renewal', 'name') }, 'Deal', '2'],
		['account', { noteAccount: rl('Compiler Works Inc', 'name') }, 'CustomerAccount', '3'],
	])('create on a %s', async (attachTo, record, reltype, relid) => {
		const result = await ac.run({ resource: 'note', operation: 'create', attachTo, ...record, noteText: 'Met at the conference' });
		expect(bodyOf(ac, 'POST', '/notes')).toEqual({ note: { note: 'Met at the conference', reltype, relid } });
		expect(result.json).toEqual([expect.objectContaining({ note: 'Met at the conference', reltype, relid })]);
		expect(result.json[0].links).toBeUndefined();
	});

	describe('bad input', () => {
		it('missing text, unknown contact email', async () => {
			await expect(ac.run({ resource: 'note', operation: 'create', attachTo: 'contact', noteContact: rl('1'), noteText: '' })).rejects.toThrow(/Note/);
			expect(errorText(await ac.run({ resource: 'note', operation: 'create', attachTo: 'contact', noteContact: rl('x@nowhere.test', 'email'), noteText: 'a' }))).toContain(
				'No contact with the email "x@nowhere.test"',
			);
		});
	});
});
