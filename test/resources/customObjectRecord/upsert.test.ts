import type { INodeParameters } from 'n8n-workflow';

import { SEEDED_SCHEMAS } from '../../../sandbox/resources/customObjects';
import { bodyOf, rl, sandboxApi } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

const recordsPath = `/customObjects/records/${SEEDED_SCHEMAS.subscription}`;

const upsert = (fields: Array<{ field: string; value: unknown }>, extra: INodeParameters = {}): INodeParameters => ({
	resource: 'customObjectRecord',
	operation: 'upsert',
	customObjectRecordSchema: rl('Subscription', 'name'),
	customObjectRecordExternalId: 'order-1001',
	customObjectRecordFields: { field: fields } as unknown as INodeParameters,
	...extra,
});

describe('customObjectRecord > upsert', () => {
	const ac = useSandbox();

	it('creates a record with fields by name, each value typed for its field, and contacts by email', async () => {
		const result = await ac.run(
			upsert(
				[
					{ field: 'Plan', value: 'pro' },
					{ field: 'Seats', value: '12' },
					{ field: 'monthly-price', value: '19.99' },
					{ field: 'Start Date', value: '2026-07-01T10:00:00Z' },
					{ field: 'Renews At', value: '2027-07-01T10:00:00Z' },
					{ field: 'Features', value: 'support, sso' },
					{ field: 'Notes', value: 'Paid yearly' },
				],
				{ customObjectRecordRelationships: { relationship: [{ relationship: 'Primary Contact', ids: 'ada.lovelace@example.org' }] } },
			),
		);
		expect(bodyOf(ac, 'POST', recordsPath)).toEqual({
			record: {
				externalId: 'order-1001',
				fields: [
					{ id: 'plan', value: 'Pro' },
					{ id: 'seats', value: 12 },
					{ id: 'monthly-price', value: 19.99 },
					{ id: 'start-date', value: '2026-07-01' },
					{ id: 'renews-at', value: '2027-07-01T10:00:00Z' },
					{ id: 'features', value: ['Support', 'SSO'] },
					{ id: 'notes', value: 'Paid yearly' },
				],
				relationships: { 'primary-contact': [1] },
			},
		});
		expect(result.json[0]).toMatchObject({
			externalId: 'order-1001',
			schemaId: SEEDED_SCHEMAS.subscription,
			schema: 'Subscription',
			fields: { Plan: 'Pro', Seats: 12, 'Monthly Price': 19.99, 'Start Date': '2026-07-01', Features: ['Support', 'SSO'] },
			relationships: { 'primary-contact': ['1'] },
		});
	});

	it('updates the record with the same external ID instead of creating another', async () => {
		await ac.run(upsert([{ field: 'Plan', value: 'Basic' }]));
		const result = await ac.run(upsert([{ field: 'Seats', value: 3 }]));
		const records = await sandboxApi(ac.sandbox, 'GET', recordsPath);
		expect((records.records as Array<{ externalId: string }>).filter((record) => record.externalId === 'order-1001')).toHaveLength(1);
		expect(result.json[0]).toMatchObject({ fields: { Plan: 'Basic', Seats: 3 } });
	});

	it('Simplify off returns the raw answer', async () => {
		const result = await ac.run(upsert([{ field: 'Plan', value: 'Basic' }], { simplify: false }));
		expect(result.json[0]).toMatchObject({ record: { externalId: 'order-1001', fields: [{ id: 'plan', value: 'Basic' }] } });
	});

	describe('bad input: the item stops naming the field, nothing is sent', () => {
		it.each([
			[[{ field: 'Seats', value: 'many' }], ['"many"', '"Seats"', 'not a number']],
			[[{ field: 'Seats', value: '1.5' }], ['"Seats"', 'whole number']],
			[[{ field: 'Plan', value: 'Gold' }], ['"Gold"', '"Plan"', '"Basic", "Pro", "Enterprise"']],
			[[{ field: 'Features', value: 'API, Phone' }], ['"Phone"', '"Features"']],
			[[{ field: 'Start Date', value: 'soon' }], ['"Start Date"', 'soon']],
			[[{ field: 'Colour', value: 'red' }], ['"Colour"', '"Plan"']],
		])('%j', async (fields, expected) => {
			const text = errorText(await ac.run(upsert(fields as Array<{ field: string; value: unknown }>)));
			for (const part of expected) expect(text).toContain(part);
			expect(ac.sandbox.requests.filter((request) => request.method === 'POST')).toHaveLength(0);
		});

		it('a missing external ID, an unknown relationship and a contact that does not exist', async () => {
			expect(errorText(await ac.run(upsert([{ field: 'Plan', value: 'Pro' }], { customObjectRecordExternalId: ' ' })))).toContain('External ID');
			const unknownRelationship = errorText(
				await ac.run(upsert([{ field: 'Plan', value: 'Pro' }], { customObjectRecordRelationships: { relationship: [{ relationship: 'Deal', ids: '1' }] } })),
			);
			expect(unknownRelationship).toContain('"Deal"');
			const noContact = errorText(
				await ac.run(upsert([{ field: 'Plan', value: 'Pro' }], { customObjectRecordRelationships: { relationship: [{ relationship: 'primary-contact', ids: 'nobody@example.com' }] } })),
			);
			expect(noContact).toContain('nobody@example.com');
		});

		it('a required field left out is refused by ActiveCampaign, naming it', async () => {
			const text = errorText(await ac.run(upsert([{ field: 'Seats', value: '2' }])));
			expect(text).toContain('plan');
		});
	});
});
