import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { sent } from '../../helpers/requests';

/**
 * Return All reads pages at once (offsets once the total is known; contacts by ID ranges) and puts them back
 * in the API's order, each record once.
 */
describe('Return All reads pages at once, in order, each record once', () => {
	const ac = useSandbox({ rateLimit: 5 });

	it('contacts: nothing lost or repeated while contacts are added and deleted during the read', async () => {
		ac.sandbox.reset({ seed: false });
		ac.sandbox.addContacts(1500);
		ac.sandbox.setLatency({ min: 100, max: 300 });
		const contacts = ac.sandbox.store.table('contacts');
		const deleted = ['120', '450', '451', '800', '1210', '1499'];
		const reading = ac.run({ resource: 'contact', operation: 'getAll', returnAll: true });
		await new Promise((resolve) => setTimeout(resolve, 700));
		for (const id of deleted) contacts.delete(id);
		ac.sandbox.addContacts(25);
		const { json, error } = await reading;
		ac.sandbox.setLatency(0);

		expect(error).toBeUndefined();
		const ids = json.map((contact) => Number(contact.id));
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toEqual([...ids].sort((a, b) => a - b));
		const survivors = Array.from({ length: 1500 }, (_, index) => index + 1).filter((id) => !deleted.includes(String(id)));
		expect(survivors.filter((id) => !ids.includes(id))).toEqual([]);
		// Contacts added during the read may come too (the last range has no upper bound), each once.
		expect(ids.filter((id) => id > 1500).length).toBeLessThanOrEqual(25);
	});

	it('contacts: ranges that a server does not bound still give each contact once', async () => {
		ac.sandbox.reset({ seed: false });
		ac.sandbox.addContacts(700);
		const { json } = await ac.run({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(json.map((contact) => Number(contact.id))).toEqual(Array.from({ length: 700 }, (_, index) => index + 1));
		const ranged = sent(ac, 'GET', '/contacts').filter((request) => request.query.id_greater !== undefined);
		expect(ranged.length).toBeGreaterThan(1);
		expect(ranged.some((request) => request.query.id_less !== undefined)).toBe(true);
	});

	it('other lists: the first page gives the total, the rest are read at once by offset', async () => {
		ac.sandbox.reset({ seed: false });
		for (let index = 1; index <= 430; index++) ac.sandbox.store.table('tags').insert({ tag: `Tag ${index}`, tagType: 'contact', description: '' });
		const { json } = await ac.run({ resource: 'tag', operation: 'getAll', returnAll: true });
		expect(json.map((tag) => Number(tag.id))).toEqual(Array.from({ length: 430 }, (_, index) => index + 1));
		const pages = sent(ac, 'GET', '/tags');
		expect(pages.map((page) => page.query.offset)).toEqual(['0', '100', '200', '300', '400']);
		expect(pages.map((page) => page.query.limit)).toEqual(['100', '100', '100', '100', '100']);
	});

	it('Limit reads only the pages it needs', async () => {
		ac.sandbox.reset({ seed: false });
		ac.sandbox.addContacts(400);
		const { json } = await ac.run({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 250 });
		expect(json).toHaveLength(250);
		expect(sent(ac, 'GET', '/contacts').map((page) => page.query.limit)).toEqual(['100', '100', '50']);
	});

	it('a Limit that is not a whole number fails its item, naming the field', async () => {
		const { error } = await ac.run({ resource: 'contact', operation: 'getAll', returnAll: false, limit: '={{ "lots" }}' });
		expect(String(error?.message)).toContain('The field "Limit" must be a whole number of at least 1, got "lots"');
	});
});

/**
 * Operations that send follow-up requests after the first (Contact Custom Field > Create: options to
 * /fieldOption/bulk, lists to /fieldRels) send them after the first request has given its lane slot back.
 */
describe('follow-up requests of an operation', () => {
	const ac = useSandbox({ rateLimit: 5 });
	const create = (title: string) => ({
		resource: 'contactField',
		operation: 'create',
		contactFieldTitle: title,
		fieldType: 'dropdown',
		contactFieldFieldOptions: { option: [{ label: 'Red', value: 'red' }, { label: 'Blue', value: 'blue' }] },
	});

	it('6 creates at once all finish, each with its options and list relation', async () => {
		const input = Array.from({ length: 6 }, (_, index) => ({ json: { title: `Colour ${index}` } }));
		const result = await ac.run({ ...create('={{ $json.title }}') }, { input });
		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(6);
		for (const field of result.json) expect(field.fieldOptions).toHaveLength(2);
		expect(sent(ac, 'POST', '/fields')).toHaveLength(6);
		expect(sent(ac, 'POST', '/fieldRels')).toHaveLength(6);
	});

	it('a 429 on a follow-up retries the follow-up, never the create before it', async () => {
		ac.sandbox.injectFault({ method: 'POST', path: '/api/3/fieldRels', status: 429, headers: { 'Retry-After': '1' }, body: { message: 'Too Many Requests' } });
		const result = await ac.run(create('Shirt Size'));
		expect(result.error).toBeUndefined();
		expect(sent(ac, 'POST', '/fields')).toHaveLength(1);
		expect(sent(ac, 'POST', '/fieldRels').map((request) => request.status)).toEqual([429, 201]);
	});

	it("a 422 on a follow-up fails the item once, with the API's field detail, and the create is not sent again", async () => {
		ac.sandbox.injectFault({
			method: 'POST',
			path: '/api/3/fieldOption/bulk',
			status: 422,
			body: { errors: [{ title: 'Option label is too long', source: { pointer: '/data/attributes/label' } }] },
		});
		const result = await ac.run(create('Hat Size'), { settings: continueOnFail });
		const error = String(result.json[0]?.error);
		expect(error).toBe('Could not create the custom field option: Option label is too long (field "label")');
		expect(sent(ac, 'POST', '/fields')).toHaveLength(1);
	});
});
