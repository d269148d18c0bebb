import { bodyOf, rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('deal > create', () => {
	const ac = useSandbox();

	it('create: value as an amount is sent in cents, currency lower case, names resolved', async () => {
		const result = await ac.run({
			resource: 'deal',
			operation: 'create',
			dealTitle: 'Website redesign',
			dealContact: rl('ada.lovelace@example.org', 'email'),
			dealValue: 1500.5,
			currency: 'usd',
			dealPipeline: rl('Sales Pipeline', 'name'),
			dealStage: rl('Negotiation', 'name'),
			dealAdditionalFields: { owner: rl('jdoe', 'name'), account: rl('Bletchley Systems', 'name') },
			dealCustomFields: { field: [{ field: 'Close Date', value: '2026-09-30T10:00:00Z' }, { field: '1', value: 'Webinar' }] },
		});
		expect(result.error).toBeUndefined();
		expect(bodyOf(ac, 'POST', '/deals')).toEqual({
			deal: {
				title: 'Website redesign',
				value: 150050,
				currency: 'usd',
				contact: '1',
				account: '2',
				owner: '2',
				group: '1',
				stage: '4',
				fields: [
					{ customFieldId: 2, fieldValue: '2026-09-30' },
					{ customFieldId: 1, fieldValue: 'Webinar' },
				],
			},
		});
		expect(result.json).toHaveLength(1);
		expect(result.json[0]).toMatchObject({ title: 'Website redesign', value: 150050, valueAmount: 1500.5, currency: 'usd', stage: '4' });
		expect(result.json[0].links).toBeUndefined();
		// Simplify: id first; names of the pipeline, stage and contact the create response side-loads.
		expect(Object.keys(result.json[0]).slice(0, 4)).toEqual(['id', 'title', 'value', 'valueAmount']);
		expect(result.json[0]).toMatchObject({
			status: 0,
			statusLabel: 'open',
			stageName: 'Negotiation',
			pipelineName: 'Sales Pipeline',
			contactEmail: 'ada.lovelace@example.org',
		});
		expect(result.json[0]).not.toHaveProperty('hash');
		// The custom field values the create echoes, under their labels (definitions read once, with Simplify on).
		expect(result.json[0].customFields).toEqual({ 'Close Date': '2026-09-30', 'Lead Source': 'Webinar' });
	});

	it('create: without a stage the pipeline decides; Simplify off returns the whole response', async () => {
		const result = await ac.run({
			resource: 'deal',
			operation: 'create',
			dealTitle: 'Pilot',
			dealContact: rl('1'),
			dealValue: 99,
			currency: 'eur',
			dealPipeline: rl('1', 'list'),
			simplify: false,
		});
		expect(bodyOf(ac, 'POST', '/deals').deal).toEqual({ title: 'Pilot', value: 9900, currency: 'eur', contact: '1', group: '1' });
		expect(result.json[0]).toHaveProperty('dealStages');
		expect(result.json[0].deal).toMatchObject({ valueAmount: 99, stage: '1' });
	});

	describe('bad input', () => {
		it('missing title: n8n names the field; an empty title from an expression gets the API error naming it', async () => {
			await expect(
				ac.run({ resource: 'deal', operation: 'create', dealTitle: '', dealContact: rl('1'), dealValue: 1, dealPipeline: rl('1') }),
			).rejects.toThrow(/Title/);
			const result = await ac.run({ resource: 'deal', operation: 'create', dealTitle: '={{ $json.title }}', dealContact: rl('1'), dealValue: 1, dealPipeline: rl('1') });
			expect(errorText(result)).toMatch(/field "title"/);
		});

		it('an email no contact has', async () => {
			const result = await ac.run({ resource: 'deal', operation: 'create', dealTitle: 'x', dealContact: rl('not-an-email', 'email'), dealValue: 1, dealPipeline: rl('1') });
			expect(errorText(result)).toContain('No contact with the email "not-an-email"');
			expect(sent(ac, 'POST', '/deals')).toHaveLength(0);
		});

		it('unknown pipeline name', async () => {
			const pipeline = await ac.run({ resource: 'deal', operation: 'create', dealTitle: 'x', dealContact: rl('1'), dealValue: 1, dealPipeline: rl('Nope', 'name') });
			expect(errorText(pipeline)).toContain('No pipeline named "Nope"');
		});
	});
});
