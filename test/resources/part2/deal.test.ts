import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { bodyOf, errorText, items, rl, sent } from './helpers';

describe('deal', () => {
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

	it('get and delete', async () => {
		const got = await ac.run({ resource: 'deal', operation: 'get', deal: rl('2') });
		expect(sent(ac, 'GET', '/deals/2')).toHaveLength(1);
		expect(got.json).toEqual([expect.objectContaining({ id: '2', value: '250000', valueAmount: 2500 })]);
		const deleted = await ac.run({ resource: 'deal', operation: 'delete', deal: rl('Deal 2: Support renewal', 'name') });
		expect(sent(ac, 'DELETE', '/deals/2')).toHaveLength(1);
		expect(deleted.json).toEqual([{ deleted: true, deal: '2' }]);
	});

	it('getAll: pipeline and stage filters, other filters, order and limit', async () => {
		const result = await ac.run({
			resource: 'deal',
			operation: 'getAll',
			returnAll: true,
			dealFilters: { pipeline: rl('1', 'list'), stage: rl('To Contact', 'name'), status: '0', minimumValue: 100, updatedAfter: '2020-01-01T00:00:00' },
			sort: { orderBy: 'value', direction: 'DESC' },
		});
		expect(result.error).toBeUndefined();
		const [request] = sent(ac, 'GET', '/deals');
		expect(request.query).toMatchObject({
			'filters[group]': '1',
			'filters[stage]': '1',
			'filters[status]': '0',
			'filters[minimum_value]': '100',
			'filters[updated_after]': '2020-01-01T00:00:00',
			'orders[value]': 'DESC',
			limit: '100',
		});
		expect(result.json.length).toBeGreaterThan(0);
		for (const deal of result.json) expect(deal).toMatchObject({ group: '1', stage: '1', status: '0' });
		const limited = await ac.run({ resource: 'deal', operation: 'getAll', returnAll: false, limit: 3 });
		expect(limited.json).toHaveLength(3);
	});

	it('update: value, stage of the deal pipeline and a custom field by label', async () => {
		const result = await ac.run({
			resource: 'deal',
			operation: 'update',
			deal: rl('1'),
			dealUpdateFields: { dealValue: 12.34, stage: rl('Follow Up', 'name'), customFields: { field: [{ field: 'Lead Source', value: 'Referral' }] } },
		});
		expect(result.error).toBeUndefined();
		expect(bodyOf(ac, 'PUT', '/deals/1').deal).toEqual({ value: 1234, stage: '3', fields: [{ customFieldId: 1, fieldValue: 'Referral' }] });
		expect(result.json[0]).toMatchObject({ id: '1', stage: '3', valueAmount: 12.34 });
	});

	it('moveToStage takes a stage of the deal pipeline, and refuses one of another pipeline', async () => {
		const moved = await ac.run({ resource: 'deal', operation: 'moveToStage', deal: rl('1'), dealTargetStage: rl('negotiation', 'name') });
		expect(bodyOf(ac, 'PUT', '/deals/1')).toEqual({ deal: { stage: '4' } });
		expect(moved.json[0]).toMatchObject({ id: '1', stage: '4' });
		ac.clearRequests();
		const wrong = await ac.run({ resource: 'deal', operation: 'moveToStage', deal: rl('1'), dealTargetStage: rl('6') });
		expect(errorText(wrong)).toContain('The stage "6" is not in pipeline 1');
		expect(sent(ac, 'PUT', '/deals/1')).toHaveLength(0);
	});

	it.each([
		['markWon', 1, '1'],
		['markLost', 2, '2'],
		['reopen', 0, '0'],
	])('%s sets status %s', async (operation, status, returned) => {
		const result = await ac.run({ resource: 'deal', operation, deal: rl('1') });
		expect(bodyOf(ac, 'PUT', '/deals/1')).toEqual({ deal: { status } });
		expect(String(result.json[0].status)).toBe(returned);
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
		it('unknown pipeline name, unknown custom field label, unknown deal ID', async () => {
			const pipeline = await ac.run({ resource: 'deal', operation: 'create', dealTitle: 'x', dealContact: rl('1'), dealValue: 1, dealPipeline: rl('Nope', 'name') });
			expect(errorText(pipeline)).toContain('No pipeline named "Nope"');
			const field = await ac.run({
				resource: 'deal',
				operation: 'update',
				deal: rl('1'),
				dealUpdateFields: { customFields: { field: [{ field: 'Colour', value: 'red' }] } },
			});
			expect(errorText(field)).toContain('No deal custom field "Colour" exists');
			const deal = await ac.run({ resource: 'deal', operation: 'get', deal: rl('9999') });
			expect(errorText(deal)).toContain('The deal 9999 was not found');
		});
		it('Continue On Fail: the other items succeed', async () => {
			const result = await ac.run(
				{ resource: 'deal', operation: 'markWon', deal: rl('={{ $json.id }}') },
				{ input: items('1', '9999', '3'), settings: continueOnFail },
			);
			expect(result.json).toHaveLength(3);
			expect(result.json[0]).toMatchObject({ id: '1' });
			expect(String(result.json[1].error)).toContain('deal 9999 was not found');
			expect(result.json[2]).toMatchObject({ id: '3' });
		});
	});
});
