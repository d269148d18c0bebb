import type { INodeParameters } from 'n8n-workflow';

import { SEEDED_SCHEMAS } from '../../../sandbox/resources/customObjects';
import { rl, sandboxApi, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

const recordsPath = `/customObjects/records/${SEEDED_SCHEMAS.vehicle}`;

describe('customObjectRecord > getAll', () => {
	const ac = useSandbox();
	const getAll = (extra: INodeParameters): INodeParameters => ({ resource: 'customObjectRecord', operation: 'getAll', customObjectRecordSchema: rl('Subscription', 'name'), ...extra });

	it('lists the records of a schema, fields by name', async () => {
		const result = await ac.run(getAll({ returnAll: true }));
		expect(result.json.map((record) => record.externalId)).toEqual(['sub-1', 'sub-2', 'sub-3']);
		expect(result.json[0]).toMatchObject({ schema: 'Subscription', fields: { Plan: 'Basic', Seats: 5 } });
	});

	it('Return All reads every page of 100 by offset (the numeric meta.total tells how many), Limit stops there', async () => {
		for (let i = 1; i <= 205; i++) {
			await sandboxApi(ac.sandbox, 'POST', recordsPath, { record: { externalId: `car-${i}`, fields: [{ id: 'year', value: 2000 + (i % 20) }] } });
		}
		ac.clearRequests();
		const all = await ac.run(getAll({ customObjectRecordSchema: rl('Vehicle', 'name'), returnAll: true }));
		expect(all.json).toHaveLength(205);
		expect(new Set(all.json.map((record) => record.id)).size).toBe(205);
		expect(sent(ac, 'GET', recordsPath).map((request) => request.query.offset)).toEqual(['0', '100', '200']);
		const some = await ac.run(getAll({ customObjectRecordSchema: rl('Vehicle', 'name'), returnAll: false, limit: 150 }));
		expect(some.json.map((record) => record.externalId)).toEqual(Array.from({ length: 150 }, (_, i) => `car-${i + 1}`));
	});
});
