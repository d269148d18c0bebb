import type { IDataObject } from 'n8n-workflow';

import { pickerContext, pickerMethods } from '../helpers/loadOptions';
import { sandboxApi } from '../helpers/requests';
import { useSandbox } from '../helpers/sandbox';

/** Options of `options`/`multiOptions` parameters (nodes/ActiveCampaign/loadOptions). */
describe('loadOptions', () => {
	const ac = useSandbox();
	const { loadOptions } = pickerMethods();

	it('deal custom fields', async () => {
		const fields = await loadOptions.getDealCustomFields.call(pickerContext(ac, {}));
		expect(fields.map((field) => field.name)).toEqual(['Close Date', 'Lead Source']);
	});

	it.each([
		['getLists', '/lists', 'lists', 'name'],
		['getContactCustomFields', '/fields', 'fields', 'title'],
		['getAccountCustomFields', '/accountCustomFieldMeta', 'accountCustomFieldMeta', 'fieldLabel'],
	])('%s lists every record of %s by name, sorted, with its ID as the value', async (method, path, root, nameField) => {
		const records = (await sandboxApi(ac.sandbox, 'GET', `${path}?limit=100`))[root] as IDataObject[];
		expect(records.length).toBeGreaterThan(0);
		const options = await loadOptions[method].call(pickerContext(ac, {}));
		expect(options.map((option) => option.value).sort()).toEqual(records.map((record) => String(record.id)).sort());
		for (const record of records) expect(options.find((option) => option.value === String(record.id))?.name).toBe(String(record[nameField]));
		expect(options.map((option) => option.name)).toEqual([...options.map((option) => option.name)].sort((a, b) => a.localeCompare(b)));
	});
});
