import type { INodeExecutionData } from 'n8n-workflow';

import { offsetOf, inOffset } from '../../../../nodes/ActiveCampaign/resources/contact/importMany/contactIds';
import { useSandbox } from '../../../helpers/sandbox';
import { importHelpers, importParametersFirstName } from './helpers';

/**
 * Create or Update Many against a sandbox that follows FACTS §1: `/import/info` lists only CREATED contacts in
 * `success`, an updated contact in neither list. Every item still gets its contact's ID, and whether it was created.
 */

const TWO_DAYS_MS = 2 * 24 * 3600_000;

describe('contact > importMany: IDs of created and updated contacts', () => {
	const ac = useSandbox({ webhookDelivery: false });
	const { apiCalls, contactByEmail } = importHelpers(ac);

	/** `existing` contacts already in the account (last updated two days ago) and `fresh` new ones, shuffled. */
	function mixedInput(existing: number, fresh: number, prefix: string): INodeExecutionData[] {
		ac.sandbox.addContacts(existing);
		const rows = ac.sandbox.store.table('contacts').all().slice(-existing);
		for (const row of rows) row._u = Date.now() - TWO_DAYS_MS;
		const input = [
			...rows.map((row, i) => ({ json: { email: i % 2 ? String(row.email).toUpperCase() : String(row.email), first: `Old${i}` } })),
			...Array.from({ length: fresh }, (_, i) => ({ json: { email: `${prefix}.${i}@import.example.com`, first: `New${i}` } })),
		];
		// Interleave, so every batch has both.
		return input.map((item, i) => ({ item, key: (i * 7919) % input.length })).sort((a, b) => a.key - b.key).map(({ item }) => item);
	}

	function expectPairedCorrectly(input: INodeExecutionData[], items: INodeExecutionData[], existingEmails: Set<string>) {
		expect(items).toHaveLength(input.length);
		items.forEach((item, index) => {
			const email = String(input[index].json.email);
			const row = contactByEmail(email);
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json).toMatchObject({ id: row!.id, email, created: !existingEmails.has(email.toLowerCase()), importedWith: 'bulk_import' });
			expect(row!.firstName).toBe(input[index].json.first);
		});
	}

	it.each(['time', 'day'] as const)(
		'returns the ID of every created and every updated contact with created: true|false (date filters honour %s)',
		async (precision) => {
			ac.sandbox.setDateFilterPrecision(precision);
			const input = mixedInput(300, 300, `mix-${precision}`);
			const existingEmails = new Set(input.filter((item) => !String(item.json.email).includes('@import.')).map((item) => String(item.json.email).toLowerCase()));
			ac.clearRequests();
			const { items, error } = await ac.run(importParametersFirstName(), { input });
			expect(error).toBeUndefined();
			expectPairedCorrectly(input, items, existingEmails);
			// No request per contact: 3 imports, their polls, one offset probe and one scan of ~600 contacts.
			expect(apiCalls('/contacts', 'GET').filter((request) => request.query.email !== undefined)).toHaveLength(0);
			expect(ac.sandbox.requests.length).toBeLessThanOrEqual(20);
		},
	);

	it('when the server ignores the time of day, contacts updated earlier that day are read but never paired by position', async () => {
		ac.sandbox.setDateFilterPrecision('day');
		const input = mixedInput(20, 20, 'earlier');
		const existingEmails = new Set(input.filter((item) => !String(item.json.email).includes('@import.')).map((item) => String(item.json.email).toLowerCase()));
		// Other contacts of the account, touched a moment before the import (same day, before the margin).
		ac.sandbox.addContacts(150);
		const startOfDay = Date.parse(new Date().toISOString().slice(0, 10));
		for (const row of ac.sandbox.store.table('contacts').all().slice(-150)) row._u = Math.max(startOfDay + 1000, Date.now() - 100 * 60_000);
		const { items, error } = await ac.run(importParametersFirstName(), { input });
		expect(error).toBeUndefined();
		expectPairedCorrectly(input, items, existingEmails);
	});

	it('all new contacts: their IDs come from ids[] pages of the created IDs, no scan', async () => {
		const input = Array.from({ length: 120 }, (_, i) => ({ json: { email: `all.new.${i}@import.example.com`, first: `N${i}` } }));
		const { items, error } = await ac.run(importParametersFirstName(), { input });
		expect(error).toBeUndefined();
		expectPairedCorrectly(input, items, new Set());
		const lookups = apiCalls('/contacts', 'GET');
		expect(lookups).toHaveLength(2);
		expect(lookups.every((request) => request.query['ids[]'] !== undefined && request.query['filters[updated_after]'] === undefined)).toBe(true);
	});

	it('a server that answers the scan with nothing (or with unrelated contacts): each missing email is asked for itself', async () => {
		const input = mixedInput(12, 0, 'unused');
		const existingEmails = new Set(input.map((item) => String(item.json.email).toLowerCase()));
		const unrelated = { contacts: [{ id: '1', email: 'someone.else@example.com', udate: '2026-01-01T00:00:00-05:00' }], meta: { total: '1' } };
		ac.sandbox.injectFault({ method: 'GET', path: '/api/3/contacts', status: 200, body: unrelated, times: 2 });
		const { items, error } = await ac.run(importParametersFirstName(), { input });
		expect(error).toBeUndefined();
		expectPairedCorrectly(input, items, existingEmails);
		expect(apiCalls('/contacts', 'GET').filter((request) => request.query.email !== undefined)).toHaveLength(12);
	});
});

describe('contact > importMany: account dates (contactIds.ts)', () => {
	it('offsetOf reads the UTC offset of an ActiveCampaign date, in minutes', () => {
		expect(offsetOf('2026-05-28T05:03:40-05:00')).toBe(-300);
		expect(offsetOf('2026-05-28T15:33:40+05:30')).toBe(330);
		expect(offsetOf('2026-05-28T15:33:40+0530')).toBe(330);
		expect(offsetOf('2026-05-28T10:03:40Z')).toBe(0);
		expect(offsetOf('2026-05-28T10:03:40')).toBeUndefined();
		expect(offsetOf(undefined)).toBeUndefined();
	});

	it('inOffset writes a time as the account wall-clock time with its offset, to the second', () => {
		const ms = Date.parse('2026-11-28T05:17:01.900Z');
		expect(inOffset(ms, -300)).toBe('2026-11-28T00:17:01-05:00');
		expect(inOffset(ms, 330)).toBe('2026-11-28T10:47:01+05:30');
		expect(inOffset(ms, -330)).toBe('2026-11-27T23:47:01-05:30');
		expect(inOffset(ms, 0)).toBe('2026-11-28T05:17:01+00:00');
		expect(offsetOf(inOffset(ms, -300))).toBe(-300);
	});
});
