import { SEEDED_SCHEMAS, uuidOf } from '../../../sandbox/resources/customObjects';
import { pickerContext, pickerMethods } from '../../helpers/loadOptions';
import { rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

/** The pickers of the record operations: schemas and records From List, fields and relationships by name. */
describe('customObjectRecord pickers', () => {
	const ac = useSandbox();
	const { listSearch, loadOptions } = pickerMethods();

	it('schemas are listed by label, searchable', async () => {
		const all = await listSearch.searchCustomObjectSchemas.call(pickerContext(ac, {}));
		expect(all.results).toEqual([
			{ name: 'Subscription', value: SEEDED_SCHEMAS.subscription },
			{ name: 'Vehicle', value: SEEDED_SCHEMAS.vehicle },
		]);
		expect((await listSearch.searchCustomObjectSchemas.call(pickerContext(ac, {}), 'veh')).results.map((entry) => entry.name)).toEqual(['Vehicle']);
	});

	it("records of the chosen schema, by external ID with the first field's value", async () => {
		const records = await listSearch.searchCustomObjectRecords.call(pickerContext(ac, { customObjectRecordSchema: rl('Subscription', 'name') }), 'sub-2');
		expect(records.results).toEqual([{ name: 'sub-2 (Plan: Pro)', value: uuidOf('record:subscription:2') }]);
	});

	it("the chosen schema's fields (without deleted ones) and relationships", async () => {
		const context = pickerContext(ac, { customObjectRecordSchema: rl(SEEDED_SCHEMAS.subscription, 'list') });
		const fields = await loadOptions.getCustomObjectFields.call(context);
		expect(fields.map((field) => field.name)).toEqual(['Features', 'Monthly Price', 'Notes', 'Plan', 'Renews At', 'Seats', 'Start Date']);
		expect(fields.find((field) => field.name === 'Plan')).toMatchObject({ value: 'plan', description: 'dropdown, required' });
		const relationships = await loadOptions.getCustomObjectRelationships.call(context);
		expect(relationships.map((relationship) => relationship.value)).toEqual(['account', 'primary-contact']);
	});
});
