import type { INodeParameters } from 'n8n-workflow';

import { SEEDED_SCHEMAS, uuidOf } from '../../../sandbox/resources/customObjects';
import { rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

const secondRecord = uuidOf('record:subscription:2');

describe('customObjectRecord > get', () => {
	const ac = useSandbox();
	const get = (record: INodeParameters[string], extra: INodeParameters = {}): INodeParameters => ({
		resource: 'customObjectRecord',
		operation: 'get',
		customObjectRecordSchema: rl(SEEDED_SCHEMAS.subscription, 'list'),
		customObjectRecord: record,
		...extra,
	});

	it('gets a record by ID, its fields by name', async () => {
		const result = await ac.run(get(rl(secondRecord, 'list')));
		expect(sent(ac, 'GET', `/customObjects/records/${SEEDED_SCHEMAS.subscription}/${secondRecord}`)).toHaveLength(1);
		expect(result.json[0]).toMatchObject({ id: secondRecord, externalId: 'sub-2', schema: 'Subscription', fields: { Plan: 'Pro', Seats: 10, 'Start Date': '2026-02-01' } });
	});

	it('by external ID (looked up among the records), raw with Simplify off', async () => {
		const result = await ac.run(get(rl('sub-3', 'externalId'), { customObjectRecordSchema: rl('subscription', 'name'), simplify: false }));
		expect(result.json[0]).toMatchObject({ record: { externalId: 'sub-3', fields: expect.arrayContaining([{ id: 'plan', value: 'Enterprise' }]) } });
	});

	it('names an unknown external ID, an unknown ID and an unknown schema', async () => {
		expect(errorText(await ac.run(get(rl('sub-404', 'externalId'))))).toContain('"sub-404"');
		expect(errorText(await ac.run(get(rl('0b5e4d4c-0000-4000-a000-000000000000'))))).toContain('0b5e4d4c-0000-4000-a000-000000000000');
		expect(errorText(await ac.run(get(rl('sub-1', 'externalId'), { customObjectRecordSchema: rl('Boats', 'name') })))).toContain('"Boats"');
	});
});
