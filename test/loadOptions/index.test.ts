import { pickerContext, pickerMethods } from '../helpers/loadOptions';
import { useSandbox } from '../helpers/sandbox';

/** Options of `options`/`multiOptions` parameters (nodes/ActiveCampaign/loadOptions). */
describe('loadOptions', () => {
	const ac = useSandbox();
	const { loadOptions } = pickerMethods();

	it('deal custom fields', async () => {
		const fields = await loadOptions.getDealCustomFields.call(pickerContext(ac, {}));
		expect(fields.map((field) => field.name)).toEqual(['Close Date', 'Lead Source']);
	});
});
