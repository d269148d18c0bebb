import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { bodyOf, errorText, items, rl, sent } from './helpers';

describe('note', () => {
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

	it('get, getAll of one deal, update keeps the record, delete', async () => {
		const got = await ac.run({ resource: 'note', operation: 'get', note: rl('1') });
		expect(got.json[0]).toMatchObject({ id: '1', note: 'First call went well.' });
		const listed = await ac.run({ resource: 'note', operation: 'getAll', returnAll: true, noteFilters: { deal: rl('1') } });
		expect(sent(ac, 'GET', '/notes')[0].query).toMatchObject({ 'filters[reltype]': 'Deal', 'filters[relid]': '1' });
		expect(listed.json.map((note) => note.id)).toEqual(['2']);
		const updated = await ac.run({ resource: 'note', operation: 'update', note: rl('1'), noteText: 'Second call too' });
		expect(bodyOf(ac, 'PUT', '/notes/1')).toEqual({ note: { note: 'Second call too', reltype: 'Subscriber', relid: '1' } });
		expect(updated.json[0]).toMatchObject({ note: 'Second call too' });
		const deleted = await ac.run({ resource: 'note', operation: 'delete', note: rl('1') });
		expect(deleted.json).toEqual([{ deleted: true, note: '1' }]);
	});

	it('bad input: missing text, two record filters, unknown note with Continue On Fail', async () => {
		await expect(ac.run({ resource: 'note', operation: 'create', attachTo: 'contact', noteContact: rl('1'), noteText: '' })).rejects.toThrow(/Note/);
		expect(
			errorText(await ac.run({ resource: 'note', operation: 'getAll', returnAll: true, noteFilters: { deal: rl('1'), contact: rl('1') } })),
		).toContain('Filter notes by one record at a time');
		expect(errorText(await ac.run({ resource: 'note', operation: 'create', attachTo: 'contact', noteContact: rl('x@nowhere.test', 'email'), noteText: 'a' }))).toContain(
			'No contact with the email "x@nowhere.test"',
		);
		const result = await ac.run(
			{ resource: 'note', operation: 'delete', note: rl('={{ $json.id }}') },
			{ input: items('404', '2'), settings: continueOnFail },
		);
		expect(String(result.json[0].error)).toMatch(/note 404 was not found/i);
		expect(result.json[1]).toEqual({ deleted: true, note: '2' });
	});
});
