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
		expect(sent(ac, 'GET', '/deals/1/notes')).toHaveLength(1);
		expect(sent(ac, 'GET', '/notes')).toHaveLength(0);
		expect(listed.json.map((note) => note.id)).toEqual(['2']);
		const updated = await ac.run({ resource: 'note', operation: 'update', note: rl('1'), noteText: 'Second call too' });
		expect(bodyOf(ac, 'PUT', '/notes/1')).toEqual({ note: { note: 'Second call too', reltype: 'Subscriber', relid: '1' } });
		expect(updated.json[0]).toMatchObject({ note: 'Second call too' });
		const deleted = await ac.run({ resource: 'note', operation: 'delete', note: rl('1') });
		expect(deleted.json).toEqual([{ deleted: true, note: '1' }]);
	});

	it.each([
		['contact', { contact: rl('ada.lovelace@example.org', 'email') }, '/contacts/1/notes', 'Subscriber', '1'],
		['deal', { deal: rl('Deal 1: Pilot project', 'name') }, '/deals/1/notes', 'Deal', '1'],
		['account', { account: rl('Compiler Works Inc', 'name') }, '/accounts/3/notes', 'CustomerAccount', '3'],
	])('getAll of one %s reads that record\'s own notes (FACTS §2: GET /notes documents no filters), every page', async (_kind, filter, path, reltype, relid) => {
		for (let i = 0; i < 130; i++) {
			ac.sandbox.store.t('notes').insert({ _c: Date.now(), _u: Date.now(), note: `n${i}`, reltype, relid, userid: '1', is_draft: '0' });
			ac.sandbox.store.t('notes').insert({ _c: Date.now(), _u: Date.now(), note: `other${i}`, reltype, relid: '2', userid: '1', is_draft: '0' });
		}
		ac.clearRequests();
		const listed = await ac.run({ resource: 'note', operation: 'getAll', returnAll: true, noteFilters: filter });
		expect(listed.error).toBeUndefined();
		expect(listed.json.length).toBeGreaterThanOrEqual(130);
		expect(listed.json.every((note) => note.reltype === reltype && String(note.relid) === relid)).toBe(true);
		expect(new Set(listed.json.map((note) => note.id)).size).toBe(listed.json.length);
		expect(ac.sandbox.requests.filter((request) => request.path === `/api/3${path}`).length).toBeGreaterThanOrEqual(2);
		expect(ac.sandbox.requests.every((request) => request.ignoredQuery.length === 0)).toBe(true);
	});

	it('getAll of one contact never returns another record\'s note, whatever the server answers', async () => {
		// A server that answers the contact's list with every note of the account, and ignores offset.
		const everyNote = (await ac.run({ resource: 'note', operation: 'getAll', returnAll: true, simplify: false })).json;
		expect(everyNote.some((note) => note.relid !== '1' || note.reltype !== 'Subscriber')).toBe(true);
		ac.sandbox.injectFault({ method: 'GET', path: '/api/3/contacts/1/notes', status: 200, body: { notes: everyNote }, times: 5 });
		const listed = await ac.run({ resource: 'note', operation: 'getAll', returnAll: true, noteFilters: { contact: rl('1') } });
		expect(listed.json.map((note) => note.id)).toEqual(['1']);
		const limited = await ac.run({ resource: 'note', operation: 'getAll', returnAll: false, limit: 1, noteFilters: { contact: rl('1') } });
		expect(limited.json.map((note) => note.id)).toEqual(['1']);
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
