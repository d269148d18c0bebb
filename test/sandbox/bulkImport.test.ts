/** Bulk import lifecycle: validation, queueing, processing, per-contact failures. */
import { startSandbox, type Sandbox } from '../../sandbox';
import { client } from './client';

let sandbox: Sandbox;
let api: ReturnType<typeof client>;

beforeAll(async () => {
	sandbox = await startSandbox({ rateLimit: false });
	api = client(sandbox);
});
afterAll(async () => {
	await sandbox.close();
});
beforeEach(() => sandbox.reset({ seed: true }));

async function waitCompleted(batchId: string) {
	for (let i = 0; i < 50; i++) {
		const info = await api('GET', `/import/info?batchId=${batchId}`);
		if (info.body.status === 'completed') return info.body;
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
	throw new Error('import did not complete');
}

describe('bulk import', () => {
	it('queues, then completes; an invalid email fails only that contact; tags, lists and fields are applied', async () => {
		const contacts = [
			{ email: 'imp1@example.com', first_name: 'Imp', last_name: 'One', tags: ['imported', 'vip'], fields: [{ id: 1, value: 'French' }], subscribe: [{ listid: 2 }] },
			{ email: 'invalid.email@invalidDomain' },
			{ email: 'imp3@example.com', customer_acct_name: 'Imported Co' },
		];
		const res = await api('POST', '/import/bulk_import', { contacts });
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({ Success: 1, queued_contacts: 3, message: 'Contact import queued' });
		expect((await api('GET', `/import/info?batchId=${res.body.batchId}`)).body.status).toBe(false);
		const info = await waitCompleted(res.body.batchId);
		expect(info.failure).toEqual(['invalid.email@invalidDomain']);
		// Both contacts are new, so both IDs are listed (an updated contact would be in neither list).
		expect(info.success).toHaveLength(2);
		const contact = (await api('GET', '/contacts?email=imp1@example.com')).body.contacts[0];
		expect(contact).toMatchObject({ firstName: 'Imp', lastName: 'One' });
		const tags = (await api('GET', `/contacts/${contact.id}/contactTags`)).body.contactTags.map((contactTag: { tag: string }) => contactTag.tag);
		const names = await Promise.all(tags.map(async (id: string) => (await api('GET', `/tags/${id}`)).body.tag.tag));
		expect(names.sort()).toEqual(['imported', 'vip']);
		expect((await api('GET', `/contacts/${contact.id}/fieldValues`)).body.fieldValues[0]).toMatchObject({ field: '1', value: 'French' });
		expect((await api('GET', `/contacts/${contact.id}/contactLists`)).body.contactLists[0]).toMatchObject({ list: '2', status: '1' });
		expect((await api('GET', '/accounts?search=Imported')).body.accounts[0].contactCount).toBe('1');
		expect((await api('GET', '/import/bulk_import')).body.recentlyCompleted[0]).toMatchObject({ batches: 1, contacts: 3 });
	});

	it('rejects payloads that fail validation (nothing queued)', async () => {
		const tooMany = await api('POST', '/import/bulk_import', { contacts: Array.from({ length: 251 }, (_, i) => ({ email: `x${i}@example.com` })) });
		expect(tooMany.status).toBe(400);
		expect(tooMany.body.success).toBe(0);
		const noEmail = await api('POST', '/import/bulk_import', { contacts: [{ email: 'ok@example.com' }, { first_name: 'x' }] });
		expect(noEmail.status).toBe(400);
		expect(noEmail.body.failureReasons).toEqual([{ contact: 1, failureReason: "Field 'email' is required" }]);
		expect((await api('GET', '/import/info')).body).toEqual({ success: 0, message: "'batchId' is a required field." });
		expect((await api('GET', '/import/bulk_import')).body.outstanding).toEqual([]);
	});
});
