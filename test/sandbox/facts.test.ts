/**
 * The sandbox follows ../shared/activecampaign/FACTS.md: one test (or more) per modelled fact, named after its FACTS
 * row (section and the row's words), so a change of the facts points at the sandbox behaviour to change.
 */
import { buildRouter, startSandbox, type Sandbox } from '../../sandbox';
import { describeWithShared } from '../helpers/shared';
import { documentedQuery, specQueryParameters, templateFor } from '../spec/openapi';
import { client } from './client';

let sandbox: Sandbox;
let api: ReturnType<typeof client>;

beforeAll(async () => {
	sandbox = await startSandbox({ rateLimit: false, webhookDelivery: false });
	api = client(sandbox);
});
afterAll(async () => {
	await sandbox.close();
});
beforeEach(() => {
	sandbox.reset({ seed: true });
	sandbox.setRateLimit(false);
});

const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

async function infoWhenEnded(batchId: string) {
	for (let i = 0; i < 100; i++) {
		const info = await api('GET', `/import/info?batchId=${batchId}`);
		if (['completed', 'failed', 'interrupted'].includes(info.body.status)) return info.body;
		await sleep(25);
	}
	throw new Error('import did not end');
}

/** A bulk_import body of exactly `bytes` bytes (UTF-8, as sent): one contact whose first name fills it up. */
function bodyOfBytes(bytes: number, contacts = 2): string {
	const list = Array.from({ length: contacts }, (_, i) => ({ email: `size${i}@example.com`, first_name: '' }));
	const empty = Buffer.byteLength(JSON.stringify({ contacts: list }));
	list[0].first_name = 'é'.repeat(Math.floor((bytes - empty) / 2)) + 'x'.repeat((bytes - empty) % 2);
	const text = JSON.stringify({ contacts: list });
	expect(Buffer.byteLength(text)).toBe(bytes);
	return text;
}

async function postRaw(path: string, text: string) {
	const res = await fetch(`${sandbox.url}/api/3${path}`, {
		method: 'POST',
		headers: { 'Api-Token': sandbox.token, 'Content-Type': 'application/json' },
		body: text,
	});
	return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('FACTS §1 bulk import', () => {
	it('"At most 250 contacts a request; the payload must be under 400,000 bytes (399,999 or less)"', async () => {
		const under = await postRaw('/import/bulk_import', bodyOfBytes(399_999));
		expect(under.status).toBe(200);
		const atLimit = await postRaw('/import/bulk_import', bodyOfBytes(400_000));
		expect(atLimit.status).toBe(400);
		expect(atLimit.body.failureReasons).toEqual([expect.stringContaining('400,000 bytes')]);
		const tooMany = await api('POST', '/import/bulk_import', { contacts: Array.from({ length: 251 }, (_, i) => ({ email: `x${i}@example.com` })) });
		expect(tooMany.status).toBe(400);
	});

	it('"Queued answer: {"Success":1,"queued_contacts":N,"batchId":"<uuid>","message":"Contact import queued"}. Note the capital S"', async () => {
		const res = await api('POST', '/import/bulk_import', { contacts: [{ email: 'a@example.com' }, { email: 'b@example.com' }] });
		expect(res.body).toEqual({ Success: 1, queued_contacts: 2, batchId: expect.stringMatching(/^[0-9a-f-]{36}$/), message: 'Contact import queued' });
		expect(res.body.success).toBeUndefined();
	});

	it('"Validation failure: 400 with failureReasons: objects {contact, failureReason} on validation errors, plain strings on general errors"', async () => {
		const invalid = await api('POST', '/import/bulk_import', { contacts: [{ email: 'ok@example.com' }, { first_name: 'no email' }] });
		expect(invalid.status).toBe(400);
		expect(invalid.body.failureReasons).toEqual([{ contact: 1, failureReason: expect.any(String) }]);
		const general = await api('POST', '/import/bulk_import', { contacts: [] });
		expect(general.status).toBe(400);
		expect(general.body.failureReasons.every((reason: unknown) => typeof reason === 'string')).toBe(true);
	});

	it('"GET /import/info … success holds the IDs of newly created contacts only. A contact that already existed and was updated is in neither list. failure holds emails"', async () => {
		const existing = sandbox.store.table('contacts').get('3')!;
		const res = await api('POST', '/import/bulk_import', {
			contacts: [{ email: existing.email.toUpperCase(), first_name: 'Updated' }, { email: 'brand.new@example.com' }, { email: 'not-an-email' }],
		});
		const info = await infoWhenEnded(res.body.batchId);
		const created = sandbox.store.table('contacts').find((row) => row.email === 'brand.new@example.com')!;
		expect(info).toEqual({ status: 'completed', success: [created.id], failure: ['not-an-email'] });
		expect(sandbox.store.table('contacts').get('3')!.firstName).toBe('Updated');
	});

	it('"status is one of waiting, claimed, active, completed, failed, interrupted … Polled less than a second after the import, status may be the boolean false"', async () => {
		const res = await api('POST', '/import/bulk_import', { contacts: [{ email: 'a@example.com' }, { email: 'b@example.com' }] });
		const seen: unknown[] = [];
		for (let i = 0; i < 100; i++) {
			const status = (await api('GET', `/import/info?batchId=${res.body.batchId}`)).body.status;
			if (seen[seen.length - 1] !== status) seen.push(status);
			if (status === 'completed') break;
			await sleep(20);
		}
		expect(seen).toEqual([false, 'waiting', 'active', 'completed']);
	});

	it.each(['failed', 'interrupted'] as const)('"failed and interrupted are terminal (never retried by ActiveCampaign)": %s', async (status) => {
		sandbox.failNextImports(status);
		const contacts = Array.from({ length: 4 }, (_, i) => ({ email: `terminal${i}@example.com` }));
		const res = await api('POST', '/import/bulk_import', { contacts });
		const info = await infoWhenEnded(res.body.batchId);
		expect(info.status).toBe(status);
		await sleep(700);
		expect((await api('GET', `/import/info?batchId=${res.body.batchId}`)).body.status).toBe(status);
		const imported = contacts.filter((contact) => sandbox.store.table('contacts').find((row) => row.email === contact.email));
		expect(imported).toHaveLength(status === 'failed' ? 0 : 2);
	});
});

describe('FACTS §2 paths and filters', () => {
	it('"GET /notes documents no filters … filters[reltype]/filters[relid] on /notes appear only in third-party code": ignored and logged', async () => {
		const all = await api('GET', '/notes?limit=100');
		const filtered = await api('GET', '/notes?filters[reltype]=Deal&filters[relid]=1&limit=100');
		expect(filtered.body.notes.map((note: { id: string }) => note.id)).toEqual(all.body.notes.map((note: { id: string }) => note.id));
		expect(filtered.body.notes.some((note: { reltype: string }) => note.reltype !== 'Deal')).toBe(true);
		expect(sandbox.requests[1].ignoredQuery).toEqual(['filters[reltype]', 'filters[relid]']);
		const contactNotes = await api('GET', '/contacts/1/notes');
		expect(contactNotes.body.notes.every((note: { reltype: string; relid: string }) => note.reltype === 'Subscriber' && note.relid === '1')).toBe(true);
		const dealNotes = await api('GET', '/deals/1/notes');
		expect(dealNotes.body.notes.every((note: { reltype: string; relid: string }) => note.reltype === 'Deal' && note.relid === '1')).toBe(true);
	});

	it('"GET /contactDeals documents no filters. Documented: GET /contacts/{id}/contactDeals; real deal records link /deals/{id}/contactDeals"', async () => {
		await api('POST', '/contactDeals', { contactDeal: { deal: '2', contact: '5' } });
		const filtered = await api('GET', '/contactDeals?filters[deal]=1&filters[contact]=2');
		expect(filtered.body.contactDeals).toHaveLength(2);
		expect(sandbox.requests[1].ignoredQuery).toEqual(['filters[deal]', 'filters[contact]']);
		expect((await api('GET', '/deals/2/contactDeals')).body.contactDeals.map((contactDeal: { contact: string }) => contactDeal.contact)).toEqual(['5']);
		expect((await api('GET', '/contacts/5/contactDeals')).body.contactDeals.map((contactDeal: { deal: string }) => contactDeal.deal)).toEqual(['2']);
	});

	it('"GET /accountContacts documents filters[contact] and filters[account]": honoured', async () => {
		const res = await api('GET', '/accountContacts?filters[contact]=4');
		expect(res.body.accountContacts.map((accountContact: { contact: string }) => accountContact.contact)).toEqual(['4']);
		expect(sandbox.requests[0].ignoredQuery).toEqual([]);
	});

	it('"GET /contacts?ids[]=1&ids[]=2&ids[]=42 (repeatable)"', async () => {
		const res = await api('GET', '/contacts?ids[]=1&ids[]=2&ids[]=42');
		expect(res.body.contacts.map((contact: { id: string }) => contact.id)).toEqual(['1', '2']);
	});

	it('"Contact date filters … Whether time of day and offsets are honoured is unknown": both readings can be served', async () => {
		const contacts = sandbox.store.table('contacts');
		contacts.get('5')!._u = Date.parse('2030-01-15T06:00:00-05:00');
		contacts.get('6')!._u = Date.parse('2030-01-15T13:00:00-05:00');
		contacts.get('7')!._u = Date.parse('2030-01-14T23:00:00-05:00');
		const query = `/contacts?filters[updated_after]=${encodeURIComponent('2030-01-15T12:00:00-05:00')}&limit=100`;
		const ids = async () => (await api('GET', query)).body.contacts.map((contact: { id: string }) => contact.id);
		expect(await ids()).toEqual(['6']);
		sandbox.setDateFilterPrecision('day');
		expect(await ids()).toEqual(['5', '6']);
	});

	it('"Keyset paging: orders[id]=ASC + id_greater, Contacts only": id_greater is ignored on /deals', async () => {
		const contacts = await api('GET', '/contacts?orders[id]=ASC&id_greater=20&limit=100');
		expect(contacts.body.contacts.map((contact: { id: string }) => contact.id)).toEqual(['21', '22', '23', '24', '25']);
		const deals = await api('GET', '/deals?id_greater=8&limit=100');
		expect(deals.body.deals).toHaveLength(10);
		expect(sandbox.requests[1].ignoredQuery).toEqual(['id_greater']);
	});

	it('"Page size: default 20, maximum 100"', async () => {
		sandbox.addContacts(200);
		expect((await api('GET', '/contacts')).body.contacts).toHaveLength(20);
		expect((await api('GET', '/contacts?limit=500')).body.contacts).toHaveLength(100);
	});

	it.each([
		['contacts', 'string'],
		['lists', 'string'],
		['tags', 'string'],
		['fields', 'string'],
		['accounts', 'string'],
		['campaigns', 'string'],
		['forms', 'string'],
		['automations', 'string'],
		['deals', 'number'],
		['dealGroups', 'number'],
		['dealStages', 'number'],
		['notes', 'number'],
	])('"meta.total is a string for contacts, lists, tags, fields, accounts, campaigns, forms, automations and a number for deals, pipelines, stages, notes": /%s', async (path, type) => {
		const res = await api('GET', `/${path}`);
		expect(res.status).toBe(200);
		expect(typeof res.body.meta.total).toBe(type);
	});
});

describeWithShared('FACTS §2 "An undocumented filter may be ignored by the server"', () => {
	it('the sandbox honours only query parameters the spec (or FACTS) documents for the path', () => {
		const spec = specQueryParameters();
		const undocumented: string[] = [];
		for (const route of buildRouter().routes()) {
			for (const method of route.methods) {
				const concrete = route.pattern.replace(/:\w+/g, 'x');
				const template = templateFor(method, concrete, spec.keys());
				for (const name of route.honours) {
					if (!documentedQuery(method, template, name, spec)) undocumented.push(`${method} ${route.pattern} ${name}`);
				}
			}
		}
		expect(undocumented).toEqual([]);
	});
});

describe('FACTS §3 writes', () => {
	it('"POST /contact/sync: 201 when it creates, 200 when it updates"', async () => {
		expect((await api('POST', '/contact/sync', { contact: { email: 'facts.sync@example.com' } })).status).toBe(201);
		expect((await api('POST', '/contact/sync', { contact: { email: 'facts.sync@example.com', firstName: 'Again' } })).status).toBe(200);
	});
});

describe('FACTS §4 rate limit', () => {
	it('"5 requests per second per account. A 429 carries Retry-After (seconds); responses carry RateLimit-Limit and RateLimit-Remaining"', async () => {
		sandbox.setRateLimit(5);
		const answers = [];
		for (let i = 0; i < 6; i++) answers.push(await api('GET', '/tags/1'));
		expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 429]);
		expect(answers.map((answer) => answer.headers.get('ratelimit-remaining'))).toEqual(['4', '3', '2', '1', '0', '0']);
		expect(answers.every((answer) => answer.headers.get('ratelimit-limit') === '5')).toBe(true);
		expect(Number(answers[5].headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
	});

	it('every answer carries the headers: 404, 403 and injected faults too', async () => {
		sandbox.setRateLimit(5);
		sandbox.injectFault({ path: '/api/3/tags/2', status: 503 });
		const answers = [await api('GET', '/nowhere'), await client(sandbox, 'wrong')('GET', '/tags/1'), await api('GET', '/tags/2')];
		expect(answers.map((answer) => answer.status)).toEqual([404, 403, 503]);
		for (const answer of answers) expect(answer.headers.get('ratelimit-limit')).toBe('5');
	});

	it('counts arrivals in a sliding second, refused ones included (the strictest reading)', async () => {
		sandbox.setRateLimit(2);
		const waitUntil = (ms: number) => sleep(Math.max(0, sandbox.requests[0].startedAt + ms - Date.now()));
		expect((await api('GET', '/tags/1')).status).toBe(200);
		await waitUntil(500);
		expect((await api('GET', '/tags/1')).status).toBe(200);
		expect((await api('GET', '/tags/1')).status).toBe(429);
		// The first arrival has left the window; the second and the refused third are still in it.
		await waitUntil(1100);
		expect((await api('GET', '/tags/1')).status).toBe(429);
		await waitUntil(2150);
		expect((await api('GET', '/tags/1')).status).toBe(200);
	});
});

describe('sandbox latency (for performance work)', () => {
	it('delays each answer by a fixed value or by a random value of a range', async () => {
		sandbox.setLatency(120);
		let started = Date.now();
		await api('GET', '/tags/1');
		expect(Date.now() - started).toBeGreaterThanOrEqual(115);
		sandbox.setLatency({ min: 50, max: 90 });
		for (let i = 0; i < 3; i++) {
			started = Date.now();
			await api('GET', '/tags/1');
			const took = Date.now() - started;
			expect(took).toBeGreaterThanOrEqual(45);
			expect(took).toBeLessThan(400);
		}
		sandbox.setLatency(0);
		expect(() => sandbox.setLatency({ min: 10, max: 5 })).toThrow();
	});
});
