import type { INodeParameters } from 'n8n-workflow';

import { SEEDED_SCHEMAS, uuidOf } from '../../../sandbox/resources/customObjects';
import { rl, sandboxApi, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

const recordsPath = `/customObjects/records/${SEEDED_SCHEMAS.subscription}`;

describe('customObjectRecord > delete', () => {
	const ac = useSandbox();
	const remove = (record: INodeParameters[string]): INodeParameters => ({ resource: 'customObjectRecord', operation: 'delete', customObjectRecordSchema: rl('Subscription', 'name'), customObjectRecord: record });
	const externalIds = async () => ((await sandboxApi(ac.sandbox, 'GET', recordsPath)).records as Array<{ externalId: string }>).map((record) => record.externalId);

	it('deletes by ID', async () => {
		const id = uuidOf('record:subscription:1');
		const result = await ac.run(remove(rl(id)));
		expect(sent(ac, 'DELETE', `${recordsPath}/${id}`)).toHaveLength(1);
		expect(result.json[0]).toEqual({ deleted: true, schemaId: SEEDED_SCHEMAS.subscription, schema: 'Subscription', id });
		expect(await externalIds()).toEqual(['sub-2', 'sub-3']);
	});

	it('deletes by external ID with the documented path, in one request', async () => {
		const result = await ac.run(remove(rl('sub-2', 'externalId')));
		expect(sent(ac, 'DELETE', `${recordsPath}/external/sub-2`)).toHaveLength(1);
		expect(result.json[0]).toMatchObject({ deleted: true, externalId: 'sub-2' });
		expect(await externalIds()).toEqual(['sub-1', 'sub-3']);
	});

	it('a record that does not exist fails the item', async () => {
		expect(errorText(await ac.run(remove(rl('sub-404', 'externalId'))))).toContain('sub-404');
	});
});
