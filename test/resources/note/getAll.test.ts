import { rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('note > getAll', () => {
	const ac = useSandbox();

	it('getAll of one deal', async () => {
		const listed = await ac.run({ resource: 'note', operation: 'getAll', returnAll: true, noteFilters: { deal: rl('1') } });
		expect(sent(ac, 'GET', '/deals/1/notes')).toHaveLength(1);
		expect(sent(ac, 'GET', '/notes')).toHaveLength(0);
		expect(listed.json.map((note) => note.id)).toEqual(['2']);
	});

	it.each([
		['contact', { contact: rl('ada.lovelace@example.org', 'email') }, '/contacts/1/notes', 'Subscriber', '1'],
		['deal', { deal: rl('Deal 1: Pilot project', 'name') }, '/deals/1/notes', 'Deal', '1'],
		['account', { account: rl('Compiler Works Inc', 'name') }, '/accounts/3/notes', 'CustomerAccount', '3'],
	])('getAll of one %s reads that record\'s own notes (FACTS §2: GET /notes documents no filters), every page', async (_kind, filter, path, reltype, relid) => {
		for (let i = 0; i < 130; i++) {
			ac.sandbox.store.table('notes').insert({ _c: Date.now(), _u: Date.now(), note: `n${i}`, reltype, relid, userid: '1', is_draft: '0' });
			ac.sandbox.store.table('notes').insert({ _c: Date.now(), _u: Date.now(), note: `other${i}`, reltype, relid: '2', userid: '1', is_draft: '0' });
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

	describe('bad input', () => {
		it('two record filters', async () => {
			expect(
				errorText(await ac.run({ resource: 'note', operation: 'getAll', returnAll: true, noteFilters: { deal: rl('1'), contact: rl('1') } })),
			).toContain('Filter notes by one record at a time');
		});
	});
});
