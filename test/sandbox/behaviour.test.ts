/** Behaviour of the ActiveCampaign sandbox: auth, paging, filters, rate limit, faults, upserts, errors, control API. */
import { startSandbox, type Sandbox } from '../../sandbox';
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

describe('auth', () => {
	it('answers 403 {"message":"Forbidden"} without or with a wrong Api-Token', async () => {
		const wrong = await client(sandbox, 'nope')('GET', '/users/me');
		expect(wrong.status).toBe(403);
		expect(wrong.body).toEqual({ message: 'Forbidden' });
		const res = await fetch(`${sandbox.url}/api/3/contacts`);
		expect(res.status).toBe(403);
		expect(sandbox.requests.map((request) => request.status)).toEqual([403, 403]);
	});

	it('serves /users/me for the token owner', async () => {
		const me = await api('GET', '/users/me');
		expect(me.status).toBe(200);
		expect(me.body.user).toMatchObject({ id: '1', username: 'admin' });
		expect(me.body.user.links.lists).toBe(`${sandbox.url}/api/3/users/1/lists`);
	});
});

describe('paging and ordering', () => {
	it('defaults to 20, clamps limit to 100 and honours offset; meta.total is a string for contacts', async () => {
		sandbox.addContacts(200);
		const first = await api('GET', '/contacts');
		expect(first.body.contacts).toHaveLength(20);
		expect(first.body.meta.total).toBe('225');
		const big = await api('GET', '/contacts?limit=500');
		expect(big.body.contacts).toHaveLength(100);
		const page = await api('GET', '/contacts?limit=10&offset=220');
		expect(page.body.contacts.map((contact: { id: string }) => contact.id)).toEqual(['221', '222', '223', '224', '225']);
	});

	it('supports keyset paging with orders[id]=ASC&id_greater', async () => {
		sandbox.addContacts(10_000);
		const res = await api('GET', '/contacts?orders[id]=ASC&id_greater=10000&limit=100');
		expect(res.body.contacts[0].id).toBe('10001');
		expect(res.body.contacts).toHaveLength(25);
		expect(res.body.meta.total).toBe('25');
	});

	it('orders by email DESC and treats unknown order values as ASC', async () => {
		const desc = await api('GET', '/contacts?orders[email]=DESC&limit=100');
		const emails = desc.body.contacts.map((contact: { email: string }) => contact.email);
		expect(emails).toEqual([...emails].sort().reverse());
		const asc = await api('GET', '/contacts?orders[email]=true&limit=100');
		expect(asc.body.contacts.map((contact: { email: string }) => contact.email)).toEqual([...emails].sort());
	});

	it('uses a numeric meta.total for deals and adds currencies', async () => {
		const res = await api('GET', '/deals');
		expect(res.body.meta.total).toBe(10);
		expect(res.body.meta.currencies.USD).toMatchObject({ currency: 'USD', total: '10' });
	});
});

describe('filters', () => {
	it('finds contacts by exact email, search, list membership + status and tag', async () => {
		const one = await api('GET', '/contacts/1');
		const email = one.body.contact.email as string;
		const byEmail = await api('GET', `/contacts?email=${encodeURIComponent(email.toUpperCase())}`);
		expect(byEmail.body.contacts.map((contact: { id: string }) => contact.id)).toEqual(['1']);
		const search = await api('GET', '/contacts?search=lovelace');
		expect(search.body.contacts.length).toBeGreaterThan(0);
		const unsubscribed = await api('GET', '/contacts?listid=1&status=2&limit=100');
		expect(unsubscribed.body.contacts.map((contact: { id: string }) => contact.id)).toEqual(['10', '20']);
		const tagged = await api('GET', '/contacts?tagid=3&limit=100');
		expect(tagged.body.contacts.length).toBeGreaterThan(0);
		for (const contact of tagged.body.contacts) {
			const tags = await api('GET', `/contacts/${contact.id}/contactTags`);
			expect(tags.body.contactTags.map((contactTag: { tag: string }) => contactTag.tag)).toContain('3');
		}
	});

	it('supports incremental sync: udate changes on every update and filters[updated_after] sees it', async () => {
		const before = (await api('GET', '/contacts/2')).body.contact.udate as string;
		const cursor = new Date().toISOString();
		const firstUpdate = await api('PUT', '/contacts/2', { contact: { firstName: 'Changed' } });
		const secondUpdate = await api('PATCH', '/contacts/2', { contact: { lastName: 'Again' } });
		expect(firstUpdate.body.contact.udate).not.toBe(before);
		expect(secondUpdate.body.contact.udate).not.toBe(firstUpdate.body.contact.udate);
		const changed = await api('GET', `/contacts?filters[updated_after]=${encodeURIComponent(cursor)}`);
		expect(changed.body.contacts.map((contact: { id: string }) => contact.id)).toEqual(['2']);
		const dateOnly = await api('GET', '/contacts?filters[created_before]=2026-05-01&limit=100');
		expect(dateOnly.body.meta.total).toBe('0');
	});

	it('filters deals by pipeline, stage, status, owner and value in dollars', async () => {
		const inPipeline = await api('GET', '/deals?filters[group]=2&limit=100');
		expect(inPipeline.body.deals.every((deal: { group: string }) => deal.group === '2')).toBe(true);
		const minimumValue = await api('GET', '/deals?filters[minimum_value]=1000&limit=100');
		expect(minimumValue.body.deals.every((deal: { value: string }) => Number(deal.value) >= 100_000)).toBe(true);
		const won = await api('GET', '/deals?filters[status]=1&limit=100');
		expect(won.body.deals.every((deal: { status: string }) => deal.status === '1')).toBe(true);
		const owner = await api('GET', '/deals?filters[owner]=2&filters[stage]=2&limit=100');
		expect(owner.body.deals.every((deal: { owner: string; stage: string }) => deal.owner === '2' && deal.stage === '2')).toBe(true);
	});

	it('searches tags with search= and filters[search][eq]', async () => {
		const contains = await api('GET', '/tags?search=ust');
		expect(contains.body.tags.map((tag: { tag: string }) => tag.tag)).toEqual(['customer']);
		const equal = await api('GET', '/tags?filters[search][eq]=vip');
		expect(equal.body.tags.map((tag: { tag: string }) => tag.tag)).toEqual(['vip']);
		expect(equal.body.meta.total).toBe('1');
	});
});

describe('rate limit', () => {
	it('answers the 6th request within a second with 429, Retry-After and RateLimit headers', async () => {
		sandbox.setRateLimit(5);
		const answers = [];
		for (let i = 0; i < 6; i++) answers.push(await api('GET', '/tags/1'));
		expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 429]);
		const last = answers[5];
		expect(Number(last.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		expect(last.headers.get('ratelimit-limit')).toBe('5');
		expect(last.headers.get('ratelimit-remaining')).toBe('0');
		expect(answers[0].headers.get('ratelimit-remaining')).toBe('4');
		await new Promise((resolve) => setTimeout(resolve, 1050));
		expect((await api('GET', '/tags/1')).status).toBe(200);
	});
});

describe('fault injection', () => {
	it('answers matching requests with the fault (times) and logs them', async () => {
		sandbox.injectFault({ method: 'GET', path: '/api/3/tags/1', status: 429, headers: { 'Retry-After': '2' }, body: { message: 'slow down' }, times: 2 });
		const first = await api('GET', '/tags/1');
		const second = await api('GET', '/tags/1?x=1');
		const third = await api('GET', '/tags/1');
		expect([first.status, second.status, third.status]).toEqual([429, 429, 200]);
		expect(first.headers.get('retry-after')).toBe('2');
		expect(first.body).toEqual({ message: 'slow down' });
		expect(sandbox.requests.map((request) => request.status)).toEqual([429, 429, 200]);
	});

	it('matches RegExp paths and can reset the connection', async () => {
		sandbox.injectFault({ path: /^\/api\/3\/deals\/\d+$/, status: 0, resetConnection: true });
		await expect(api('GET', '/deals/1')).rejects.toThrow();
		expect((await api('GET', '/deals/1')).status).toBe(200);
		expect(sandbox.requests[0]).toMatchObject({ path: '/api/3/deals/1', status: 0 });
	});
});

describe('contacts', () => {
	it('contact/sync answers 201 when it creates and 200 when it updates', async () => {
		const created = await api('POST', '/contact/sync', { contact: { email: 'sync@example.com', firstName: 'Sync' } });
		expect(created.status).toBe(201);
		const updated = await api('POST', '/contact/sync', { contact: { email: 'SYNC@example.com', lastName: 'Again' } });
		expect(updated.status).toBe(200);
		expect(updated.body.contact).toMatchObject({ id: created.body.contact.id, firstName: 'Sync', lastName: 'Again' });
	});

	it('rejects missing, invalid and duplicate emails with 422 JSON:API errors', async () => {
		const missing = await api('POST', '/contacts', { contact: { firstName: 'x' } });
		expect(missing.status).toBe(422);
		expect(missing.body.errors[0].source.pointer).toBe('/data/attributes/email');
		const invalid = await api('POST', '/contacts', { contact: { email: 'not-an-email' } });
		expect(invalid.status).toBe(422);
		expect(invalid.body.errors[0]).toMatchObject({ code: 'email_invalid', source: { pointer: '/data/attributes/email' } });
		const email = (await api('GET', '/contacts/1')).body.contact.email;
		const duplicate = await api('POST', '/contacts', { contact: { email } });
		expect(duplicate.status).toBe(422);
		expect(duplicate.body.errors[0]).toMatchObject({ code: 'duplicate', title: 'Email address already exists in the system' });
	});

	it('uses AC 404 bodies with internal model names', async () => {
		expect((await api('GET', '/contacts/9999')).body).toEqual({ message: 'No Result found for Subscriber with id 9999' });
		expect((await api('GET', '/tags/9999')).body).toEqual({ message: 'No Result found for Tag with id 9999' });
		expect((await api('DELETE', '/contacts/9999')).body).toEqual({ message: 'No result found for contact with id 9999' });
		expect((await api('DELETE', '/contactTags/9999')).body).toEqual({ message: 'No Result found for SubscriberTag with id 9999' });
	});

	it('stores field values (multi-select as ||a||b||) and lists them per contact', async () => {
		const res = await api('POST', '/contacts', { contact: { email: 'fv@example.com', fieldValues: [{ field: '3', value: ['Product', 'Marketing'] }, { field: '2', value: '1990-02-03' }] } });
		expect(res.status).toBe(201);
		expect(res.body.fieldValues.map((fieldValue: { value: string }) => fieldValue.value)).toEqual(['||Product||Marketing||', '1990-02-03']);
		const bad = await api('POST', '/fieldValues', { fieldValue: { contact: res.body.contact.id, field: '2', value: 'not a date' } });
		expect(bad.status).toBe(422);
	});

	it('subscribes and unsubscribes via /contactLists (200, status echoed as a number)', async () => {
		const subscribed = await api('POST', '/contactLists', { contactList: { list: 3, contact: 1, status: 1 } });
		expect(subscribed.status).toBe(200);
		expect(subscribed.body.contactList).toMatchObject({ contact: '1', list: '3', status: 1 });
		const unsubscribed = await api('POST', '/contactLists', { contactList: { list: 3, contact: 1, status: 2 } });
		expect(unsubscribed.body.contactList.status).toBe(2);
		const lists = await api('GET', '/contacts/1/contactLists');
		expect(lists.body.contactLists.find((membership: { list: string }) => membership.list === '3').status).toBe('2');
	});

	it('adds tags (201 new, 200 existing) and removes them by association id', async () => {
		const add = await api('POST', '/contactTags', { contactTag: { contact: '2', tag: '5' } });
		expect(add.status).toBe(201);
		const again = await api('POST', '/contactTags', { contactTag: { contact: '2', tag: '5' } });
		expect(again.status).toBe(200);
		expect(again.body.contactTag.id).toBe(add.body.contactTag.id);
		expect((await api('DELETE', `/contactTags/${add.body.contactTag.id}`)).body).toEqual({});
		const missing = await api('POST', '/contactTags', { contactTag: { contact: '9999', tag: '5' } });
		expect(missing.status).toBe(404);
	});
});

describe('deals and pipelines', () => {
	it('creates a pipeline with three default stages and a deal with side-loads and echoed types', async () => {
		const group = await api('POST', '/dealGroups', { dealGroup: { title: 'New', currency: 'usd', autoassign: 1 } });
		expect(group.status).toBe(201);
		expect(group.body.dealStages.map((stage: { title: string }) => stage.title)).toEqual(['To Contact', 'In Contact', 'Follow Up']);
		const deal = await api('POST', '/deals', { deal: { title: 'D', value: 10000, currency: 'USD', contact: '1', group: group.body.dealGroup.id } });
		expect(deal.status).toBe(201);
		expect(deal.body.deal).toMatchObject({ value: 10000, status: 0, currency: 'usd', stage: group.body.dealStages[0].id, owner: '1' });
		expect(Object.keys(deal.body)).toEqual(['contacts', 'dealGroups', 'dealStages', 'deal']);
		const got = await api('GET', `/deals/${deal.body.deal.id}`);
		expect(got.body.deal).toMatchObject({ value: '10000', status: '0' });
		const moved = await api('PUT', `/dealStages/${group.body.dealStages[0].id}/deals`, { deal: { stage: group.body.dealStages[2].id } });
		expect(moved.body.deals[0].stage).toBe(group.body.dealStages[2].id);
	});

	it('rejects deals without required fields (422 field_missing)', async () => {
		const res = await api('POST', '/deals', { deal: { value: 1, currency: 'usd', contact: '1', group: '1' } });
		expect(res.status).toBe(422);
		expect(res.body.errors[0]).toMatchObject({ code: 'field_missing', source: { pointer: '/data/attributes/title' } });
	});

	it('adds and updates deal notes', async () => {
		const note = await api('POST', '/deals/1/notes', { note: { note: 'hello' } });
		expect(note.status).toBe(201);
		expect(note.body.note).toMatchObject({ reltype: 'Deal', relid: '1', owner: { type: 'deal', id: '1' } });
		const updated = await api('PUT', `/deals/1/notes/${note.body.note.id}`, { note: { note: 'changed' } });
		expect(updated.body.note.note).toBe('changed');
	});
});

describe('campaigns', () => {
	it('lists campaigns with statistics, creates, copies and deletes', async () => {
		const list = await api('GET', '/campaigns');
		expect(list.body.meta.total).toBe('3');
		expect(list.body.campaigns[1]).toMatchObject({ send_amt: '1200', uniqueopens: '512', linkclicks: '230', hardbounces: '4' });
		const created = await api('POST', '/campaign', { name: 'New', type: 'single' });
		expect(created.status).toBe(200);
		expect(typeof created.body.id).toBe('number');
		const copy = await api('POST', `/campaigns/${created.body.id}/copy`);
		expect(copy.body).toMatchObject({ succeeded: 1, message: 'Campaign draft copied.' });
		const deleted = await api('DELETE', `/campaigns/${copy.body.newCampaignId}`);
		expect(deleted.body).toEqual({ succeeded: 1, message: 'Campaign deleted.' });
		const bad = await api('POST', '/campaign', { type: 3 });
		expect(bad.status).toBe(400);
		expect(bad.body.errors).toContain('Field name is required');
	});
});

describe('control API', () => {
	it('exposes health, requests, faults, rate limit, contacts and reset over HTTP without a token', async () => {
		const control = client(sandbox, '');
		expect((await control('GET', '/__sandbox/health')).body).toMatchObject({ ok: true, url: sandbox.url });
		await api('GET', '/tags');
		const requests = await control('GET', '/__sandbox/requests');
		expect(requests.body.requests.map((request: { path: string }) => request.path)).toEqual(['/api/3/tags']);
		expect((await control('POST', '/__sandbox/faults', { method: 'GET', path: '/api/3/tags', status: 503 })).status).toBe(201);
		expect((await api('GET', '/tags')).status).toBe(503);
		await control('POST', '/__sandbox/contacts', { count: 100 });
		expect((await api('GET', '/contacts')).body.meta.total).toBe('125');
		await control('POST', '/__sandbox/rate-limit', { limit: 1 });
		expect((await api('GET', '/tags')).status).toBe(200);
		expect((await api('GET', '/tags')).status).toBe(429);
		await control('POST', '/__sandbox/rate-limit', { limit: 'off' });
		await control('POST', '/__sandbox/reset', { seed: { contacts: 3, deals: 1 } });
		expect((await api('GET', '/contacts')).body.meta.total).toBe('3');
		expect((await control('GET', '/__sandbox/requests')).body.requests).toHaveLength(1);
	});
});
