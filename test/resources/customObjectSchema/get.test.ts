import { SEEDED_SCHEMAS } from '../../../sandbox/resources/customObjects';
import { rl, sent } from '../../helpers/requests';
import { errorText, threeItems } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';

describe('customObjectSchema > get', () => {
	const ac = useSandbox();

	it('gets a schema by name (its label, matched exactly), with its fields and relationships', async () => {
		const result = await ac.run({ resource: 'customObjectSchema', operation: 'get', customObjectSchema: rl('subscription', 'name') });
		expect(sent(ac, 'GET', `/customObjects/schemas/${SEEDED_SCHEMAS.subscription}`)).toHaveLength(1);
		expect(result.json).toHaveLength(1);
		expect(result.json[0]).toMatchObject({ id: SEEDED_SCHEMAS.subscription, slug: 'subscription', labels: { singular: 'Subscription' } });
		// Fields marked for deletion are hidden unless asked for.
		expect((result.json[0].fields as unknown[]).length).toBe(7);
		expect(result.json[0].relationships).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'primary-contact', namespace: 'contacts' })]));
	});

	it('by ID (a UUID, from the list or typed), with deleted fields on request', async () => {
		const result = await ac.run({
			resource: 'customObjectSchema',
			operation: 'get',
			customObjectSchema: rl(SEEDED_SCHEMAS.vehicle, 'list'),
			customObjectSchemaGetOptions: { showFields: true },
		});
		expect(sent(ac, 'GET', `/customObjects/schemas/${SEEDED_SCHEMAS.vehicle}`)[0].query).toMatchObject({ showFields: 'all' });
		expect(result.json[0]).toMatchObject({ slug: 'vehicle' });
		const withDeleted = await ac.run({
			resource: 'customObjectSchema',
			operation: 'get',
			customObjectSchema: rl(SEEDED_SCHEMAS.subscription),
			customObjectSchemaGetOptions: { showFields: true },
		});
		expect((withDeleted.json[0].fields as Array<{ status?: string }>).filter((field) => field.status === 'marked_for_deletion')).toHaveLength(1);
	});

	it('Simplify off returns the raw answer', async () => {
		const result = await ac.run({ resource: 'customObjectSchema', operation: 'get', customObjectSchema: rl('Vehicle', 'name'), simplify: false });
		expect(result.json[0]).toMatchObject({ schema: { slug: 'vehicle' } });
	});

	describe('bad input', () => {
		it('names an unknown name (listing the schemas) and an unknown ID', async () => {
			const byName = errorText(await ac.run({ resource: 'customObjectSchema', operation: 'get', customObjectSchema: rl('Boats', 'name') }));
			expect(byName).toContain('"Boats"');
			expect(byName).toContain('"Subscription"');
			const byId = errorText(await ac.run({ resource: 'customObjectSchema', operation: 'get', customObjectSchema: rl('0b5e4d4c-0000-4000-a000-000000000000') }));
			expect(byId).toContain('0b5e4d4c-0000-4000-a000-000000000000');
		});

		it('with Continue On Fail, the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'customObjectSchema', operation: 'get', customObjectSchema: rl('={{ ["Subscription", "nope", "Vehicle"][$json.n - 1] }}', 'name') },
				{ input: threeItems, settings: continueOnFail },
			);
			expect(result.json.map((item) => item.slug ?? item.error)).toEqual(['subscription', expect.stringContaining('nope'), 'vehicle']);
		});
	});
});
