import { useSandbox } from '../helpers/sandbox';
import { sent } from '../helpers/requests';

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
		const contacts = ac.sandbox.store.t('contacts');
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
		for (let index = 1; index <= 430; index++) ac.sandbox.store.t('tags').insert({ tag: `Tag ${index}`, tagType: 'contact', description: '' });
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
