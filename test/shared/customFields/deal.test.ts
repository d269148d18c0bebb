import { rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

/** Values of deal custom fields, set on a deal by label, are checked against the field type before anything is sent. */
describe('deal custom field values (customFields/deal.ts)', () => {
	const ac = useSandbox();

	it('typed values are checked: a number field refuses text, a multi-select refuses unknown options', async () => {
		await ac.run({ resource: 'dealCustomField', operation: 'create', fieldLabel: 'Seats', fieldType: 'number' });
		const text = await ac.run({
			resource: 'deal',
			operation: 'update',
			deal: rl('1'),
			dealUpdateFields: { customFields: { field: [{ field: 'Seats', value: 'many' }] } },
		});
		expect(errorText(text)).toContain('The value "many" for the deal custom field "Seats" is not a number');
		expect(sent(ac, 'PUT', '/deals/1')).toHaveLength(0);
	});
});
